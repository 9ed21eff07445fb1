/**
 * Checks a response against oEmbed 1.0 (https://oembed.com/, sections 2.3.4 and 2.3.4.4
 * for type `rich`) and lists what is wrong, or nothing.
 */
export function oembedProblems(input: object): string[] {
  const response = input as Record<string, unknown>;
  const problems: string[] = [];
  const found = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));
  const pixels = (name: string) => {
    const value = response[name];
    if (!(typeof value === "number" && Number.isInteger(value) && value > 0))
      problems.push(`${name}: found ${found(value)}; allowed: a positive whole number of pixels`);
  };
  const text = (name: string) => {
    const value = response[name];
    if (value !== undefined && typeof value !== "string")
      problems.push(`${name}: found ${found(value)}; allowed: a string`);
  };
  if (response["version"] !== "1.0")
    problems.push(`version: found ${found(response["version"])}; allowed: "1.0"`);
  if (response["type"] !== "rich")
    problems.push(`type: found ${found(response["type"])}; allowed: "rich"`);
  if (typeof response["html"] !== "string" || response["html"] === "")
    problems.push(`html: found ${found(response["html"])}; required for type rich`);
  pixels("width");
  pixels("height");
  for (const name of ["title", "author_name", "author_url", "provider_name", "provider_url"])
    text(name);
  for (const name of ["provider_url", "author_url", "thumbnail_url"]) {
    const value = response[name];
    if (typeof value === "string" && !/^https?:\/\//.test(value))
      problems.push(`${name}: found ${found(value)}; allowed: an absolute http(s) URL`);
  }
  const thumbnail = ["thumbnail_url", "thumbnail_width", "thumbnail_height"].filter(
    (name) => response[name] !== undefined,
  );
  if (thumbnail.length > 0 && thumbnail.length < 3)
    problems.push("thumbnail_*: found some of url, width, height; allowed: all three or none");
  if (thumbnail.length === 3) {
    pixels("thumbnail_width");
    pixels("thumbnail_height");
  }
  return problems;
}
