import { describe, expect, it } from "vitest";
import { inferProvider, kebab, matchServices } from "../../src/lib/importServices.ts";

const PROVIDERS = [
  { id: "google", name: "Google", url: "https://cloud.google.com/" },
  { id: "atlassian", name: "Atlassian", url: "https://www.atlassian.com/" },
  { id: "cloudflare", name: "Cloudflare", url: "https://www.cloudflare.com/" },
  { id: "aws", name: "Amazon Web Services", url: "https://aws.amazon.com/" },
];
const page = (name: string, url: string) => ({
  format: "statuspage" as const,
  page: { name, url },
});

describe("kebab", () => {
  it("makes an id part of a name", () => {
    expect(kebab("Workers & Queues")).toBe("workers-queues");
    expect(kebab("  API <v2> ")).toBe("api-v2");
    expect(kebab("Café Réseau")).toBe("cafe-reseau");
  });
});

describe("inferProvider", () => {
  it("is google for Google Cloud's dashboard", () => {
    expect(
      inferProvider({ format: "google", page: { name: "x", url: "https://x/" } }, PROVIDERS)?.id,
    ).toBe("google");
  });

  it("matches a Statuspage page by name, ignoring case, or by address", () => {
    expect(
      inferProvider(page("cloudflare", "https://www.cloudflarestatus.com"), PROVIDERS)?.id,
    ).toBe("cloudflare");
    expect(
      inferProvider(page("Jira Software", "https://status.atlassian.com"), PROVIDERS)?.id,
    ).toBe("atlassian");
    expect(inferProvider(page("aws", "https://health.example.org"), PROVIDERS)?.id).toBe("aws");
  });

  it("is undefined for a page of no known provider", () => {
    expect(
      inferProvider(page("GitHub", "https://www.githubstatus.com"), PROVIDERS),
    ).toBeUndefined();
  });
});

describe("matchServices", () => {
  const services = [
    { id: "google-cloud-apis", name: "Google Cloud APIs and console", provider: "google" },
    { id: "gmail", name: "Gmail", provider: "google" },
    { id: "google-workspace", name: "Google Workspace", provider: "google" },
    { id: "aws-ec2", name: "Amazon EC2", provider: "aws" },
  ];
  const google = PROVIDERS[0]!;

  it("reuses a service of the provider whose name matches ignoring case and a leading provider name", () => {
    const result = matchServices(
      ["GMAIL", "Cloud APIs and Console", "Google Gmail"],
      google,
      services,
    );
    expect(Object.fromEntries(result.ids)).toEqual({
      GMAIL: "gmail",
      "Cloud APIs and Console": "google-cloud-apis",
      "Google Gmail": "gmail",
    });
    expect(result.added).toEqual([]);
  });

  it("reuses a service whose id is <provider>-<kebab name>", () => {
    const result = matchServices(["Workspace"], google, services);
    expect(result.reused).toEqual([
      { component: "Workspace", id: "google-workspace", name: "Google Workspace" },
    ]);
  });

  it("does not match a name across providers", () => {
    const result = matchServices(["Amazon EC2"], google, services);
    expect(result.added).toEqual([
      {
        id: "google-amazon-ec2",
        name: "Amazon EC2",
        provider: "google",
        category: "uncategorised",
      },
    ]);
  });

  it("adds an unknown component once, named as the status page names it", () => {
    const result = matchServices(["Google BigQuery", "google  bigquery"], google, services);
    expect(result.added).toEqual([
      {
        id: "google-bigquery",
        name: "Google BigQuery",
        provider: "google",
        category: "uncategorised",
      },
    ]);
    expect(result.ids.get("google  bigquery")).toBe("google-bigquery");
  });
});
