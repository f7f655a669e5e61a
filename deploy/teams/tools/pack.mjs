// Writes the Teams app package: manifest.json (template filled in), color.png and outline.png at the zip root.
// Called by ../package.sh, which parses and checks the flags; values arrive in PKG_* environment variables.
// Uses only Node's standard library, so packaging needs no npm install.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";

const teamsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = process.env;
const placeholders = {
  BOT_ID: env.PKG_BOT_ID,
  DEVELOPER_NAME: env.PKG_DEVELOPER_NAME,
  WEBSITE_URL: env.PKG_WEBSITE_URL,
  PRIVACY_URL: env.PKG_PRIVACY_URL,
  TERMS_URL: env.PKG_TERMS_URL,
};

/** Replaces {{NAME}} in every string of the parsed template, so values never need JSON escaping. */
function fill(value) {
  if (typeof value === "string") {
    return value.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => {
      const replacement = placeholders[name];
      if (!replacement) throw new Error(`no value for ${whole}`);
      return replacement;
    });
  }
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  }
  return value;
}

const manifest = fill(JSON.parse(readFileSync(join(teamsDir, "manifest.json"), "utf8")));
if (env.PKG_APP_ID) manifest.id = env.PKG_APP_ID;
if (env.PKG_VERSION) manifest.version = env.PKG_VERSION;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A minimal zip (deflate, fixed 1980-01-01 timestamps so the same input gives the same bytes). */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data, { level: 9 });
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed to extract: 2.0 (deflate)
    common.writeUInt16LE(0, 2); // flags
    common.writeUInt16LE(8, 4); // method: deflate
    common.writeUInt16LE(0, 6); // time 00:00
    common.writeUInt16LE((0 << 9) | (1 << 5) | 1, 8); // date 1980-01-01
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24); // extra field length
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, packed]);
    const central = Buffer.concat([
      u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), nameBytes,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length),
    u32(directory.length), u32(offset), u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const files = [
  ["manifest.json", Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8")],
  ["color.png", readFileSync(join(teamsDir, "color.png"))],
  ["outline.png", readFileSync(join(teamsDir, "outline.png"))],
];
writeFileSync(env.PKG_OUT, zip(files));

function u16(v) { const b = Buffer.alloc(2); b.writeUInt16LE(v); return b; }
function u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); return b; }
