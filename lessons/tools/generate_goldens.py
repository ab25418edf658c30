#!/usr/bin/python3
"""Runs every lesson's cells with real PyTorch and writes content/<lesson>.outputs.json.

Run with Debian's /usr/bin/python3 (PyTorch 1.13, NumPy 1.24):
    /usr/bin/python3 lessons/tools/generate_goldens.py
The parsing rules implemented here are the ones documented in lessons/README.md.
It fails (exit 1) when the two language files of a lesson differ in cells or outputs,
when a solution does not pass its check, or when a starter passes its check.
"""
import contextlib
import io
import json
import pathlib
import re
import sys
import traceback
import types

CONTENT = pathlib.Path(__file__).resolve().parent.parent / "content"
LESSON_FILE = re.compile(r"^(\d\d-[a-z0-9-]+)\.(zh|en)\.md$")
FENCE_OPEN = re.compile(r"^```(\S+)(.*)$")
CELL_KINDS = ("cell", "starter", "check", "solution")


def install_matplotlib_stub():
    """matplotlib is not installed next to Debian's torch: plots are recorded, never drawn."""
    try:
        import matplotlib  # noqa: F401
        return
    except ImportError:
        pass
    pyplot = types.ModuleType("matplotlib.pyplot")
    pyplot.shown_figures = 0
    pyplot.pending_calls = []

    def recorder(name):
        def call(*args, **kwargs):
            pyplot.pending_calls.append(name)
        return call

    for name in ("scatter", "plot", "xlabel", "ylabel", "title", "legend", "figure",
                 "grid", "subplot", "hist", "imshow", "xlim", "ylim"):
        setattr(pyplot, name, recorder(name))

    def show():
        if pyplot.pending_calls:
            pyplot.shown_figures += 1
        pyplot.pending_calls = []

    pyplot.show = show
    package = types.ModuleType("matplotlib")
    package.pyplot = pyplot
    sys.modules["matplotlib"] = package
    sys.modules["matplotlib.pyplot"] = pyplot


def parse_attributes(text):
    attributes = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        attributes[key] = value if sep else True
    return attributes


def parse_front_matter(lines):
    if not lines or lines[0] != "---":
        raise ValueError("front matter must start on the first line with ---")
    meta = {}
    for index in range(1, len(lines)):
        line = lines[index]
        if line == "---":
            return meta, index + 1
        key, _, value = line.partition(":")
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            meta[key.strip()] = [v.strip() for v in value[1:-1].split(",") if v.strip()]
        elif re.fullmatch(r"-?\d+", value):
            meta[key.strip()] = int(value)
        else:
            meta[key.strip()] = value
    raise ValueError("front matter is not closed by ---")


def parse_lesson(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    meta, index = parse_front_matter(lines)
    blocks = []  # cells and exercise prompts, in file order
    while index < len(lines):
        opening = FENCE_OPEN.match(lines[index])
        index += 1
        if not opening:
            continue
        language, attributes = opening.group(1), parse_attributes(opening.group(2))
        body = []
        while index < len(lines) and lines[index] != "```":
            body.append(lines[index])
            index += 1
        if index == len(lines):
            raise ValueError(f"{path.name}: unclosed fence {opening.group(0)}")
        index += 1
        if language == "python":
            kind = next((k for k in CELL_KINDS if attributes.get(k) is True), None)
            if kind is None or "id" not in attributes:
                raise ValueError(f"{path.name}: python fence needs a kind and id: {opening.group(0)}")
            if kind != "cell" and "exercise" not in attributes:
                raise ValueError(f"{path.name}: {kind} cell {attributes['id']} needs exercise=")
            blocks.append({"kind": kind, "id": attributes["id"], "attributes": attributes,
                           "code": "\n".join(body) + "\n"})
        elif language == "exercise":
            blocks.append({"kind": "exercise", "id": attributes["id"]})
    ids = [b["id"] for b in blocks if b["kind"] != "exercise"]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path.name}: duplicate cell ids")
    return meta, blocks


def run_cell(code, namespace, cell_id):
    """Runs one cell like a notebook cell; returns (stdout, error last line or None, figures)."""
    pyplot = sys.modules["matplotlib.pyplot"]
    figures_before = getattr(pyplot, "shown_figures", 0)
    buffer = io.StringIO()
    error = None
    with contextlib.redirect_stdout(buffer):
        try:
            exec(compile(code, f"<cell {cell_id}>", "exec"), namespace)
        except Exception as exc:  # the lesson decides whether an error is expected
            error = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return buffer.getvalue(), error, getattr(pyplot, "shown_figures", 0) - figures_before


def outputs_of(name, blocks):
    namespace = {"__name__": "__main__"}
    outputs = {}
    problems = []
    exercises = {}
    for block in blocks:
        if block["kind"] == "cell":
            stdout, error, figures = run_cell(block["code"], namespace, block["id"])
            expects_error = block["attributes"].get("error") is True
            if (error is not None) != expects_error:
                problems.append(f"{name} cell {block['id']}: error={error!r}, expected error: {expects_error}")
            outputs[block["id"]] = {"stdout": stdout, "error": error, "figures": figures}
        elif block["kind"] != "exercise":
            exercises.setdefault(block["attributes"]["exercise"], {})[block["kind"]] = block
    # Exercises run after all lesson cells, each attempt on its own copy of the lesson state.
    for exercise_id, parts in exercises.items():
        if set(parts) != {"starter", "check", "solution"}:
            problems.append(f"{name} exercise {exercise_id}: needs starter, check and solution")
            continue
        for attempt in ("solution", "starter"):
            attempt_namespace = dict(namespace)
            stdout, error, figures = run_cell(parts[attempt]["code"], attempt_namespace, parts[attempt]["id"])
            outputs[parts[attempt]["id"]] = {"stdout": stdout, "error": error, "figures": figures}
            check_stdout, check_error, _ = run_cell(parts["check"]["code"], attempt_namespace, parts["check"]["id"])
            if attempt == "solution":
                if error is not None or check_error is not None:
                    problems.append(f"{name} exercise {exercise_id}: solution fails: {error or check_error}")
                outputs[parts["check"]["id"]] = {"stdout": check_stdout, "error": check_error, "figures": 0}
            elif check_error is None:
                problems.append(f"{name} exercise {exercise_id}: the starter passes the check")
    return outputs, problems


def main():
    install_matplotlib_stub()
    lessons = {}
    for path in sorted(CONTENT.iterdir()):
        match = LESSON_FILE.match(path.name)
        if match:
            lessons.setdefault(match.group(1), {})[match.group(2)] = path
    problems = []
    index = []
    for name, files in lessons.items():
        if set(files) != {"zh", "en"}:
            problems.append(f"{name}: needs both .zh.md and .en.md")
            continue
        parsed = {lang: parse_lesson(path) for lang, path in files.items()}
        code_by_lang = {lang: [(b["kind"], b["id"], b.get("code"), sorted(b.get("attributes", {}).items()))
                               for b in blocks] for lang, (_, blocks) in parsed.items()}
        if code_by_lang["zh"] != code_by_lang["en"]:
            problems.append(f"{name}: zh and en cells differ")
        results = {lang: outputs_of(name, blocks) for lang, (_, blocks) in parsed.items()}
        if results["zh"][0] != results["en"][0]:
            problems.append(f"{name}: zh and en outputs differ")
        for lang in ("zh", "en"):
            problems.extend(f"[{lang}] {problem}" for problem in results[lang][1])
        (CONTENT / f"{name}.outputs.json").write_text(
            json.dumps(results["en"][0], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta = {lang: m for lang, (m, _) in parsed.items()}
        index.append({"id": meta["en"]["id"], "file": name, "order": meta["en"]["order"],
                      "title": {"zh": meta["zh"]["title"], "en": meta["en"]["title"]},
                      "summary": {"zh": meta["zh"]["summary"], "en": meta["en"]["summary"]},
                      "prerequisites": meta["en"].get("prerequisites", [])})
    index.sort(key=lambda entry: entry["order"])
    (CONTENT / "index.json").write_text(json.dumps({"lessons": index}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    print(f"{len(lessons)} lessons, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
