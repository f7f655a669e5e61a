// Validates a Teams app package offline: zip layout, manifest against the JSON schema shipped in
// @microsoft/app-manifest, the rules Teams adds on top (https URLs, scopes, bot id), and the icons.
// Usage: node validate.mjs FILE.zip [--bot-id GUID]   (run `npm ci` in this folder first)
// Exit code 0 when valid; 1 with one line per problem otherwise.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import AdmZip from "adm-zip";
import { PNG } from "pngjs";
import appManifest from "@microsoft/app-manifest";

// The library fetches a schema over HTTP when it has no local copy; this check must never touch the network.
globalThis.fetch = () => { throw new Error("network access is not allowed during validation"); };

const [zipPath, flag, expectedBotId] = process.argv.slice(2);
if (!zipPath || (flag !== undefined && flag !== "--bot-id")) {
  console.error("Usage: node validate.mjs FILE.zip [--bot-id GUID]");
  process.exit(2);
}

const problems = [];
const entries = new Map(new AdmZip(zipPath).getEntries().map((e) => [e.entryName, e.getData()]));
const expectedFiles = ["color.png", "manifest.json", "outline.png"];
const names = [...entries.keys()].sort();
if (names.join() !== expectedFiles.join()) {
  problems.push(`zip must hold exactly ${expectedFiles.join(", ")} at its root, holds: ${names.join(", ")}`);
}

const manifest = JSON.parse(entries.get("manifest.json")?.toString("utf8") ?? "{}");
const version = manifest.manifestVersion ?? "";
const [major, minor] = version.split(".").map(Number);
if (!(major > 1 || (major === 1 && minor >= 22))) problems.push(`manifestVersion must be 1.22 or newer, is "${version}"`);

const packageRoot = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json"));
const schemaFile = join(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const schemaErrors = await appManifest.AppManifestUtils.validateAgainstSchema(manifest, schema);
for (const error of schemaErrors) problems.push(`schema: ${error}`);

for (const key of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) {
  if (!/^https:\/\//.test(manifest.developer?.[key] ?? "")) problems.push(`developer.${key} must be an https URL`);
}
const bot = manifest.bots?.[0];
for (const scope of ["personal", "team", "groupChat"]) {
  if (!bot?.scopes?.includes(scope)) problems.push(`bots[0].scopes must include ${scope}`);
}
if (expectedBotId && bot?.botId !== expectedBotId) problems.push(`bots[0].botId is ${bot?.botId}, expected ${expectedBotId}`);
if (JSON.stringify(manifest).includes("{{")) problems.push("manifest still holds a {{placeholder}}");

checkIcon("color.png", 192, (png) => {
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) return "must be fully opaque (full colour)";
  return null;
});
checkIcon("outline.png", 32, (png) => {
  let visible = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] === 0) continue;
    visible++;
    if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) return "must be white on transparent";
  }
  return visible > 0 && visible < 32 * 32 ? null : "must have both white and transparent pixels";
});

if (problems.length > 0) {
  for (const problem of problems) console.log(`INVALID ${problem}`);
  process.exit(1);
}
console.log(`VALID manifest ${version} (schema ${schemaFile.slice(packageRoot.length + 1)}), bot ${bot.botId}, icons 192x192 and 32x32`);

/** Reads the size from the PNG header (IHDR), then runs the icon-specific pixel check. */
function checkIcon(name, size, pixelCheck) {
  const bytes = entries.get(name);
  if (!bytes) return;
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString("latin1") !== "IHDR") {
    problems.push(`${name} is not a PNG`);
    return;
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width !== size || height !== size) problems.push(`${name} must be ${size}x${size}, is ${width}x${height}`);
  const pixelProblem = pixelCheck(PNG.sync.read(bytes));
  if (pixelProblem) problems.push(`${name} ${pixelProblem}`);
}
