#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds the .deb with CPack and checks it as a user and Debian would see it.

Contents, dependencies (shared libraries through dpkg-shlibdeps, every QML module the designer
reaches), desktop entry, AppStream metadata, MIME types, icons, man pages, lintian, and the
binaries run from the extracted package with only the declared QML module packages visible.
Exits 77 (CTest SKIP_RETURN_CODE) when a tool is missing; tools/run.sh installs them all.
"""
import argparse
import gzip
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time

SKIP = 77
TOOLS = {  # command: Debian package
    "dpkg-deb": "dpkg",
    "dpkg-query": "dpkg",
    "dpkg-shlibdeps": "dpkg-dev",
    "dpkg-parsechangelog": "dpkg-dev",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "lintian": "lintian",
    "man": "man-db",
}
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
APP_ID = "io.cloudwright.Cloudwright"
# Shared libraries the binaries link; dpkg-shlibdeps must have turned them into dependencies.
SHLIB_PACKAGES = ["libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6qml6",
                  "libqt6quick6", "libqt6quickcontrols2-6", "libqt6svg6"]
# QML modules that C++ loads without a QML import naming them.
RUNTIME_IMPORTS = {
    # The non-native file and folder dialogs (used where the platform has none).
    "QtQuick.Dialogs": ["QtQuick.Dialogs.quickimpl"],
}
QML_IMPORT = re.compile(r"^\s*import\s+([A-Za-z_][\w.]*)", re.M)

failures = []


def fail(msg):
    failures.append(msg)
    print(f"FAIL: {msg}", flush=True)


def step(title):
    print(f"\n== {title}", flush=True)


def run(cmd, timeout=300, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def qml_imports(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return set(QML_IMPORT.findall(f.read()))


def required_qml_modules(source_dir, qml_root):
    """Closure of the QML imports of qml/ (plus the Controls style set in C++) through the
    installed modules' qmldir files and QML sources. Returns {module: reached-from}."""
    roots = set()
    for d, _, files in os.walk(os.path.join(source_dir, "qml")):
        roots |= {m for f in files if f.endswith(".qml")
                  for m in qml_imports(os.path.join(d, f))}
    for d, _, files in os.walk(os.path.join(source_dir, "app")):
        for f in files:
            if f.endswith(".cpp"):
                text = open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
                for style in re.findall(r'QQuickStyle::setStyle\(QStringLiteral\("(\w+)"\)', text):
                    roots.add(f"QtQuick.Controls.{style}")
    roots = {r for r in roots if not r.startswith("Cloudwright")}  # compiled into the binary
    via = {r: "qml/" for r in roots}
    todo, seen = sorted(roots), set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        mdir = os.path.join(qml_root, *module.split("."))
        qmldir = os.path.join(mdir, "qmldir")
        if not os.path.exists(qmldir):
            continue  # reported by the caller: no package owns it
        nxt = set(RUNTIME_IMPORTS.get(module, []))
        for line in open(qmldir, encoding="utf-8"):
            p = line.split()
            if len(p) >= 2 and p[0] in ("import", "depends"):
                nxt.add(p[1])
            elif len(p) >= 3 and p[:2] == ["default", "import"]:
                nxt.add(p[2])
        # QML files of the module, including file-selector folders (+Fusion); not sub-modules
        # (own qmldir) and not Qt Design Studio's designer/ folders.
        for sub, dirs, files in os.walk(mdir):
            if sub != mdir and os.path.exists(os.path.join(sub, "qmldir")):
                dirs[:] = []
                continue
            dirs[:] = [x for x in dirs if x != "designer"]
            nxt |= {m for f in files if f.endswith(".qml")
                    for m in qml_imports(os.path.join(sub, f))}
        for m in sorted(nxt - seen):
            via.setdefault(m, module)
            todo.append(m)
    return {m: via[m] for m in seen}


def depends_names(field):
    names = set()
    for alt in field.split(","):
        for choice in alt.split("|"):
            if choice.strip():
                names.add(choice.strip().split()[0])
    return names


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def help_options(cmd, env):
    out = run(cmd, env=env, timeout=60).stdout
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--cpack", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--qt-prefix", required=True)
    ap.add_argument("--qt-qml", required=True, help="relative to --qt-prefix")
    ap.add_argument("--qt-plugins", required=True, help="relative to --qt-prefix")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    qml_root = os.path.join(args.qt_prefix, args.qt_qml)
    started = time.monotonic()

    missing = [f"{t} (package {p})" for t, p in TOOLS.items() if not shutil.which(t)]
    if not os.path.exists(args.cpack):
        missing.append(f"{args.cpack} (package cmake)")
    if missing:
        print("SKIP: missing tools: " + ", ".join(missing) + "; tools/run.sh installs them")
        return SKIP

    work = tempfile.mkdtemp(prefix="cw-packaging-")
    try:
        return check(args, qml_root, work, started)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def check(args, qml_root, work, started):
    step("cpack -G DEB")
    out_dir = os.path.join(work, "out")
    r = run([args.cpack, "-G", "DEB", "-B", out_dir, "--config",
             os.path.join(args.build_dir, "CPackConfig.cmake")], cwd=args.build_dir, timeout=900)
    print(r.stdout[-2000:], r.stderr[-2000:])
    debs = [f for f in os.listdir(out_dir) if f.endswith(".deb")] if r.returncode == 0 else []
    if len(debs) != 1:
        fail(f"cpack did not produce exactly one .deb (exit {r.returncode})")
        return 1
    deb = os.path.join(out_dir, debs[0])
    print(f"{debs[0]}: {os.path.getsize(deb) / 1e6:.1f} MB")

    step("contents (dpkg-deb -c)")
    listing = run(["dpkg-deb", "-c", deb]).stdout
    paths = {line.split()[-1].lstrip(".") for line in listing.splitlines() if line.strip()}
    templates = sorted(f for f in os.listdir(os.path.join(args.source_dir, "templates"))
                       if f.endswith(".cloudwright.yaml"))
    expected = ["/usr/bin/cloudwright", "/usr/bin/cloudwright-cli",
                f"/usr/share/applications/{APP_ID}.desktop",
                f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                f"/usr/share/mime/packages/{APP_ID}.xml",
                f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                "/usr/share/doc/cloudwright/copyright", "/usr/share/doc/cloudwright/changelog.gz",
                "/usr/share/doc/cloudwright/rules.md",
                "/usr/share/man/man1/cloudwright.1.gz", "/usr/share/man/man1/cloudwright-cli.1.gz"]
    expected += [f"/usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES]
    expected += [f"/usr/share/cloudwright/templates/{t}" for t in templates]
    for p in expected:
        if p not in paths:
            fail(f"package lacks {p}")
    if not templates:
        fail("no templates/*.cloudwright.yaml in the source tree")
    outside = sorted(p for p in paths if not p.startswith("/usr/") and p not in ("/", ""))
    if outside:
        fail(f"files outside /usr: {outside}")
    print(f"{len(paths)} entries, {len(expected)} expected paths checked")

    step("control fields")
    fields = {}
    for name in ("Package", "Version", "Depends", "Maintainer", "Section", "Homepage",
                 "Description"):
        fields[name] = run(["dpkg-deb", "-f", deb, name]).stdout.strip()
    print("Depends:", fields["Depends"])
    if fields["Version"] != args.version:
        fail(f"Version {fields['Version']!r}, project version {args.version!r}")
    for name in ("Maintainer", "Section", "Homepage", "Description"):
        if not fields[name]:
            fail(f"control field {name} is empty")
    deps = depends_names(fields["Depends"])
    for lib in SHLIB_PACKAGES:
        if lib not in deps:
            fail(f"Depends lacks {lib} (dpkg-shlibdeps should add it)")
    modules = required_qml_modules(args.source_dir, qml_root)
    needed = {}
    for module, via in sorted(modules.items()):
        qmldir = os.path.join(qml_root, *module.split("."), "qmldir")
        owner = run(["dpkg-query", "-S", qmldir])
        if owner.returncode != 0:
            fail(f"QML module {module} (imported by {via}) is not installed: {qmldir} is "
                 "missing, so no package can be named for it")
            continue
        for pkg in owner.stdout.split(":")[0].split(","):
            needed.setdefault(pkg.strip(), []).append(module)
    for pkg, mods in sorted(needed.items()):
        state = "ok" if pkg in deps else "MISSING"
        print(f"  {pkg:40} {state:8} {', '.join(mods)}")
        if pkg not in deps:
            fail(f"Depends lacks {pkg} (QML {', '.join(mods)}); add it to "
                 "CLOUDWRIGHT_QML_PACKAGES in packaging/CMakeLists.txt")
    extra = sorted(d for d in deps if d.startswith("qml6-module-") and d not in needed)
    if extra:
        print(f"  note: declared but not reached from qml/: {', '.join(extra)}")

    step("extract (dpkg-deb -x)")
    root = os.path.join(work, "root")
    if run(["dpkg-deb", "-x", deb, root]).returncode != 0:
        fail("dpkg-deb -x failed")
        return 1
    share = os.path.join(root, "usr", "share")

    step("desktop entry, AppStream, MIME, icons, changelog, man pages")
    desktop = os.path.join(share, "applications", f"{APP_ID}.desktop")
    r = run(["desktop-file-validate", desktop])
    print(r.stdout + r.stderr or "desktop-file-validate: clean")
    if r.returncode != 0 or (r.stdout + r.stderr).strip():
        fail("desktop-file-validate reported problems")
    entry = dict(line.split("=", 1) for line in open(desktop, encoding="utf-8")
                 if "=" in line and not line.startswith("#"))
    metainfo = os.path.join(share, "metainfo", f"{APP_ID}.metainfo.xml")
    r = run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo])
    print(r.stdout + r.stderr)
    bad = [line for line in (r.stdout + r.stderr).splitlines() if re.match(r"[EWI]: ", line)]
    if r.returncode != 0 or bad:
        fail(f"appstreamcli validate: {bad or 'failed'}")
    meta = open(metainfo, encoding="utf-8").read()
    release = re.search(r'<release version="([^"]+)"', meta)
    if not release or release.group(1) != args.version:
        fail(f"latest AppStream release {release and release.group(1)!r} is not {args.version}")
    if f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" not in meta:
        fail("AppStream launchable does not name the desktop file")
    mime_xml = os.path.join(share, "mime", "packages", f"{APP_ID}.xml")
    mime_types = re.findall(r'<mime-type type="([^"]+)"', open(mime_xml, encoding="utf-8").read())
    declared = [m for m in entry.get("MimeType", "").strip().split(";") if m]
    if sorted(declared) != sorted(mime_types):
        fail(f"desktop MimeType {declared} differs from the MIME package {mime_types}")
    if entry.get("Icon", "").strip() != APP_ID or not entry.get("Exec", "").startswith("cloudwright "):
        fail("desktop entry: Icon or Exec is not the installed icon and binary")
    mime_db = os.path.join(work, "mime")
    os.makedirs(os.path.join(mime_db, "packages"))
    shutil.copy("/usr/share/mime/packages/freedesktop.org.xml", os.path.join(mime_db, "packages"))
    shutil.copy(mime_xml, os.path.join(mime_db, "packages"))
    mime_env = dict(os.environ, XDG_DATA_HOME=work, XDG_DATA_DIRS=work)
    r = run(["update-mime-database", mime_db], env=mime_env)
    if r.returncode != 0 or r.stderr.strip():
        fail(f"update-mime-database: {r.stderr.strip() or r.returncode}")
    else:
        globs = open(os.path.join(mime_db, "globs2"), encoding="utf-8").read()
        known = set(open(os.path.join(mime_db, "types"), encoding="utf-8").read().split())
        aliases = dict(line.split() for line in open(os.path.join(mime_db, "aliases"),
                                                     encoding="utf-8") if line.strip())
        subclasses = [line.split() for line in open(os.path.join(mime_db, "subclasses"),
                                                    encoding="utf-8") if line.strip()]
        for mtype, ext in zip(mime_types, ["yaml", "json"]):
            if f":{mtype}:*.cloudwright.{ext}" not in globs:
                fail(f"*.cloudwright.{ext} does not map to {mtype}")
            parents = [p for c, p in subclasses if c == mtype]
            if not parents or any(aliases.get(p, p) not in known for p in parents):
                fail(f"{mtype}: parent types {parents} unknown to the system MIME database")
            print(f"  *.cloudwright.{ext} -> {mtype} < {', '.join(parents)}")
    for size in ICON_SIZES:
        png = os.path.join(share, "icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        if os.path.exists(png) and png_size(png) != (size, size):
            fail(f"{png} is {png_size(png)}, not {size}x{size}")
    changelog = os.path.join(work, "changelog")
    with gzip.open(os.path.join(share, "doc", "cloudwright", "changelog.gz"), "rb") as src, \
            open(changelog, "wb") as dst:
        dst.write(src.read())
    r = run(["dpkg-parsechangelog", "-l", changelog, "-S", "Version"])
    if r.stdout.strip() != args.version:
        fail(f"changelog's latest version {r.stdout.strip()!r} is not {args.version} "
             "(add an entry to packaging/changelog)")

    step("run the installed binaries (offscreen, only the declared QML packages)")
    bindir = os.path.join(root, "usr", "bin")
    qml_only = os.path.join(work, "qml")
    for pkg in sorted(d for d in deps if d.startswith("qml6-module-")):
        r = run(["dpkg-query", "-L", pkg])
        if r.returncode != 0:
            fail(f"{pkg} is not installed on this machine (tools/run.sh installs it)")
            continue
        for path in r.stdout.split():
            if path.startswith(qml_root + "/") and os.path.isfile(path):
                link = os.path.join(qml_only, os.path.relpath(path, qml_root))
                os.makedirs(os.path.dirname(link), exist_ok=True)
                if not os.path.exists(link):
                    os.symlink(path, link)
    # qt.conf beside the binary replaces Qt's QML import path: a module from a package the .deb
    # does not depend on cannot load.
    with open(os.path.join(bindir, "qt.conf"), "w", encoding="utf-8") as f:
        f.write(f"[Paths]\nPrefix={args.qt_prefix}\nPlugins={args.qt_plugins}\n"
                f"QmlImports={qml_only}\n")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QML", "QT_", "CLOUDWRIGHT_")) and k not in ("XDG_CONFIG_HOME",
                                                                               "XDG_DATA_HOME")}
    home = os.path.join(work, "home")
    runtime = os.path.join(work, "runtime")
    os.makedirs(home)
    os.makedirs(runtime, mode=0o700)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_RUNTIME_DIR=runtime)
    cli = os.path.join(bindir, "cloudwright-cli")
    gui = os.path.join(bindir, "cloudwright")
    r = run([cli, "--version"], env=env, timeout=60)
    print(r.stdout.strip())
    if r.returncode != 0 or args.version not in r.stdout:
        fail(f"cloudwright-cli --version: exit {r.returncode}, {r.stdout!r} {r.stderr!r}")
    template = os.path.join(share, "cloudwright", "templates", "blank-aws.cloudwright.yaml")
    r = run([cli, "validate", "--fail-on", "never", template], env=env, timeout=60)
    if r.returncode != 0:
        fail(f"cloudwright-cli validate on the installed blank-aws template: exit {r.returncode}"
             f"\n{r.stdout}{r.stderr}")
    r = run([gui, "--version"], env=env, timeout=60)
    print(r.stdout.strip())
    if r.returncode != 0 or args.version not in r.stdout:
        fail(f"cloudwright --version: exit {r.returncode}, {r.stdout!r} {r.stderr!r}")
    shot = os.path.join(work, "shot.png")
    r = run([gui, "--screenshot", shot, "--size", "800x600"], env=env, timeout=180)
    size = png_size(shot) if os.path.exists(shot) else None
    print(f"screenshot: exit {r.returncode}, {size}, "
          f"{os.path.getsize(shot) if size else 0} bytes")
    if r.returncode != 0 or size != (800, 600) or os.path.getsize(shot) < 1000:
        fail(f"cloudwright --screenshot did not write an 800x600 PNG\n{r.stderr[-3000:]}")
    if "module" in r.stderr and "is not installed" in r.stderr:
        fail(f"QML import failed with the declared packages only:\n{r.stderr[-3000:]}")

    step("man pages cover every option of --help")
    pages = {}
    for name in ("cloudwright", "cloudwright-cli"):
        with gzip.open(os.path.join(share, "man", "man1", f"{name}.1.gz"), "rt") as f:
            pages[name] = f.read().replace("\\-", "-")
        r = run(["man", "--warnings", "-l", "-Tutf8", "-Z",
                 os.path.join(share, "man", "man1", f"{name}.1.gz")], env=env)
        if r.returncode != 0 or r.stderr.strip():
            fail(f"man --warnings {name}.1: {r.stderr.strip()}")
    wanted = {"cloudwright": help_options([gui, "--help"], env)}
    cli_opts = help_options([cli, "--help"], env)
    for command in ("validate", "plan", "rules", "templates", "export"):
        cli_opts |= help_options([cli, command, "--help"], env)
    wanted["cloudwright-cli"] = cli_opts
    for name, opts in wanted.items():
        absent = sorted(o for o in opts if not re.search(re.escape(o) + r"(?![\w-])", pages[name]))
        if absent:
            fail(f"{name}.1 does not describe {', '.join(absent)} (packaging/{name}.1.in)")
        print(f"  {name}.1: {len(opts)} options")

    step("lintian")
    r = run(["lintian", "--display-info", deb], timeout=600)
    print((r.stdout + r.stderr).strip() or "lintian: clean")
    bad = [line for line in r.stdout.splitlines() if re.match(r"[EW]: ", line)]
    if bad:
        fail(f"lintian errors/warnings (fix them, or override with a reason in "
             f"packaging/lintian-overrides): {bad}")

    print(f"\n{len(failures)} failure(s), {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
