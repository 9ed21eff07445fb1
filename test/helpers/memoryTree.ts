import type { FileTree } from "../../src/lib/corpus.ts";

/** A project's files held in memory, for checking a corpus without touching the disk. */
export function memoryTree(files: Record<string, string>): FileTree {
  const paths = Object.keys(files);
  const children = (dir: string) =>
    [
      ...new Set(
        paths
          .filter((path) => path.startsWith(`${dir}/`))
          .map((path) => path.slice(dir.length + 1).split("/")[0] ?? ""),
      ),
    ].sort();
  return {
    list: children,
    isDirectory: (path) => !(path in files) && children(path).length > 0,
    exists: (path) => path in files || children(path).length > 0,
    read: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  };
}
