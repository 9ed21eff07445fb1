/** The part of the `datapackage` library (Frictionless Data, v1) the tests use. */
declare module "datapackage" {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource;
  }
}
