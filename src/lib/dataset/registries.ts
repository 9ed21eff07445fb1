import { sourceField } from "./fields.ts";
import type { DatasetInput } from "./input.ts";
import { required, type DatasetTable } from "./tableSchema.ts";

/** The shared registries: providers, services and the dependencies between services. */
export function registries({ corpus }: DatasetInput): DatasetTable[] {
  return [
    {
      name: "providers",
      title: "Providers",
      description: "The companies whose services the incidents are about.",
      rows: [...corpus.providers.values()].map((p) => ({ id: p.id, name: p.name, url: p.url })),
      schema: {
        missingValues: [""],
        primaryKey: "id",
        fields: [
          required({
            name: "id",
            type: "string",
            description: "The provider's identifier.",
            constraints: { unique: true },
          }),
          required({ name: "name", type: "string", description: "The provider's name." }),
          required({
            name: "url",
            type: "string",
            format: "uri",
            description: "The provider's home page.",
          }),
        ],
      },
    },
    {
      name: "services",
      title: "Services",
      description: "Every service the incidents name, with its provider.",
      rows: [...corpus.services.values()].map((s) => ({
        id: s.id,
        name: s.name,
        provider: s.provider,
        category: s.category,
      })),
      schema: {
        missingValues: [""],
        primaryKey: "id",
        foreignKeys: [{ fields: "provider", reference: { resource: "providers", fields: "id" } }],
        fields: [
          required({
            name: "id",
            type: "string",
            description: "The service's identifier.",
            constraints: { unique: true },
          }),
          required({ name: "name", type: "string", description: "The service's name." }),
          required({
            name: "provider",
            type: "string",
            description: "Its provider: an id in the providers table.",
          }),
          required({
            name: "category",
            type: "string",
            description: "What kind of service it is, e.g. identity, storage.",
          }),
        ],
      },
    },
    {
      name: "dependencies",
      title: "Dependencies",
      description:
        "Which service fails when another does, as a cited document states; drawn as an incident's blast radius.",
      rows: corpus.dependencies.map((d) => ({
        service: d.service,
        depends_on: d.depends_on,
        source: d.source,
      })),
      schema: {
        missingValues: [""],
        // A pair documented by two sources appears twice, once per source.
        primaryKey: ["service", "depends_on", "source"],
        foreignKeys: [
          { fields: "service", reference: { resource: "services", fields: "id" } },
          { fields: "depends_on", reference: { resource: "services", fields: "id" } },
        ],
        fields: [
          required({
            name: "service",
            type: "string",
            description: "The service that fails: an id in the services table.",
          }),
          required({
            name: "depends_on",
            type: "string",
            description: "The service whose failure takes it down: an id in the services table.",
          }),
          sourceField,
        ],
      },
    },
  ];
}
