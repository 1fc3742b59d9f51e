"""What every command module shares: opening the App, the ``--format`` option, printing JSON and
turning errors into one line.

- ``ready_app()`` opens the App from settings (MINEWATCH_DATABASE_URL) and refuses, with
  ``error (not_initialised): ...`` and exit 2, a database that is not at the newest schema;
  ``opened()`` opens it without that check (for ``init`` and previews). Both refuse a SQLite
  file whose folder does not exist with ``error (database_unavailable): the folder ... does
  not exist``.
- ``run(action)`` calls ``action``; a ``MinewatchError`` becomes ``error (code): message`` on
  stderr and exit status 2. ``fail(error)`` does the same for an error you hold.
- ``unexpected(exc)`` ends the command on an exception no service anticipated (a bug, a
  constraint the code did not foresee): ``error (internal_error): an unexpected error; ...``,
  naming the file the traceback was written to, never the driver's or SQL text; with
  MINEWATCH_DEBUG=1 the traceback is printed to stderr above that line.
- ``OneLineErrors`` is the command group class: a usage error (an unknown option or command, a
  missing or bad argument) is ``error (invalid_input): ...`` on one line and exit 2 too, not
  click's boxed usage text.
- ``reflow_help(app)`` joins the hard-wrapped lines of every command's docstring into
  paragraphs, so ``--help`` wraps them to the terminal instead of breaking mid-sentence, and
  gives every command ``ReadableHelp``: values named in words (``TEXT``, ``PATH``, ``USERNAME``),
  not typer's Python types (``<list[Path]>``, ``{paths}...``, ``<bool>`` on a flag).
- ``Format`` is the one ``--format`` option every command takes, with the same choices
  (``table`` — ``text`` is the same —, ``json``, ``jsonl``) and the same error for anything else.
  ``emit(fmt, document, items)`` prints ``document`` as one JSON line (``json``) or its ``items``
  list one JSON object per line (``jsonl``); it returns False for ``table``, which the command
  prints itself.
"""

from __future__ import annotations

import enum
import getpass
import inspect
import json
import os
import sys
import tempfile
import textwrap
import traceback
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption
from typer.models import DefaultPlaceholder

from minewatch.domain.errors import InvalidInput, Location, MinewatchError, NotInitialised

if TYPE_CHECKING:
    from minewatch.app import App

out = Console()
err = Console(stderr=True)
T = TypeVar("T")


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


FORMAT_CHOICES = ("table", "text", "json", "jsonl")


def cli_actor() -> str:
    """The CLI acts for whoever can open the database; the audit log names them."""
    return f"cli:{getpass.getuser()}"


def ask_password(*, confirm: bool = False) -> str:
    """The password typed at the terminal (twice with ``confirm``). Without a terminal (a
    script, a pipe) there is no one to ask: one line naming MINEWATCH_PASSWORD, exit 2, instead
    of a prompt that reads end-of-file and aborts."""
    if not sys.stdin.isatty():
        fail(
            InvalidInput(
                "no password given and no terminal to ask on: set MINEWATCH_PASSWORD "
                "or pass --password",
                Location(field="password"),
            )
        )
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=confirm))


def fail(error: MinewatchError, exit_code: int = 2) -> NoReturn:
    """The CLI's one rendering of an error: ``error (code): message`` on stderr, then exit
    (status 2 unless the command documents another)."""
    err.print(f"[red]error[/red] ({error.code}): ", highlight=False, end="", soft_wrap=True)
    err.print(one_line(error.message), highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(exit_code)


DEBUG_VARIABLE = "MINEWATCH_DEBUG"
# after what comes from a synthetic source (``evidence.is_synthetic``) wherever a listing shows it
SYNTHETIC_LABEL = "[SYNTHETIC source: not real data]"


def unexpected(exc: BaseException) -> NoReturn:
    """End the command on an exception that is no ``MinewatchError``: its traceback is written
    to a new private file (``minewatch-error-*.log`` in the system's temporary folder, mode
    0600) and, with ``MINEWATCH_DEBUG=1``, printed to stderr; the user's line is
    ``error (internal_error): an unexpected error; ...`` naming that file, exit 2. The line
    never carries the exception's text: a database driver's message holds SQL and the values
    it was given (docs/errors.md)."""
    detail = "".join(traceback.format_exception(exc))
    if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
        sys.stderr.write(detail)
    try:
        handle, name = tempfile.mkstemp(prefix="minewatch-error-", suffix=".log")
        with os.fdopen(handle, "w", encoding="utf-8") as log:
            log.write(detail)
        kept = f"the details were written to {name}"
    except OSError:  # no writable temporary folder: the operator can still ask for them
        kept = f"run it again with {DEBUG_VARIABLE}=1 to see the details"
    fail(MinewatchError(f"an unexpected error; nothing more is shown here, {kept}"))


def one_line(text: str) -> str:
    """``text`` with every control character but tab written as its Python escape (``\\x1d``,
    ``\\n``), and the Unicode line and paragraph separators too: a file name or argument
    that holds one (what the user typed) cannot split the error line or drive the terminal."""
    return "".join(
        repr(c)[1:-1]
        if (unicodedata.category(c) == "Cc" and c != "\t") or c in "\u2028\u2029"
        else c
        for c in text
    )


def usage_error(error: typer.TyperException) -> InvalidInput:
    """A click usage error as one InvalidInput: the command it concerns, then click's message
    (``minewatch status: No such option: --bogus``), on one line."""
    context = getattr(error, "ctx", None)
    # the command as typed, whatever the program was called (``root`` under a test runner)
    words = ["minewatch", *context.command_path.split()[1:]] if context is not None else []
    where = f"{' '.join(words)}: " if words else ""
    message = " ".join(error.format_message().split())
    return InvalidInput(f"{where}{message} (see --help)")


def paragraphs(text: str) -> str:
    """``text`` (a docstring) with the lines of each paragraph joined by single spaces.

    Click rewraps help this way (paragraphs are separated by a blank line; one that starts with
    ``\\b`` keeps its line breaks), but typer's rich help keeps every source line break, so a
    docstring wrapped at 100 columns in the source printed at 80 broke mid-sentence. Anything
    after a ``\\f`` line (click's cut-off for help text) is kept as it is."""
    text, cut, rest = inspect.cleandoc(text).partition("\f")
    joined = [
        block if block.startswith("\b") else " ".join(line.strip() for line in block.splitlines())
        for block in text.strip("\n").split("\n\n")
    ]
    return "\n\n".join(joined) + (f"\n{cut}{rest}" if cut else "")


# typer's labels for a value's Python type, as a person reads them (click's words, which
# typer < 0.20 printed); any other label is printed upper-cased, a choice as ``[a|b]``.
_TYPE_WORDS = {
    "str": "TEXT",
    "int": "INTEGER",
    "int range": "INTEGER",
    "float": "NUMBER",
    "float range": "NUMBER",
    "bool": "",  # a flag takes no value
    "datetime": "DATE",
    "uuid": "UUID",
}


def readable_type(label: str) -> str:
    """typer's type label (``<str>``, ``<list[Path]>``, ``<a|b>``, ``<int range>``) as the word
    help shows for the value: ``TEXT``, ``PATH``, ``[a|b]``, ``INTEGER``; ``""`` for ``<bool>``
    (a flag). A list is its element's word: the help text or ``...`` says it repeats."""
    inner = label.strip()
    if inner.startswith("<") and inner.endswith(">"):
        inner = inner[1:-1]
    while inner.lower().startswith("list[") and inner.endswith("]"):
        inner = inner[5:-1]
    if "|" in inner:
        return f"[{inner}]"
    return _TYPE_WORDS.get(inner.lower(), inner.upper())


class _ReadableArgument(TyperArgument):
    """An argument shown as ``NAME`` (``[NAME]`` when optional, ``NAME...`` when it repeats)
    in the usage line and with ``readable_type`` in the table."""

    def _usage_display_name(self) -> str:
        name = (self.metavar or self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def display_type_rich(self, ctx: Any) -> str | None:
        return readable_type(self.display_type(ctx))


class _ReadableOption(TyperOption):
    """An option shown with ``readable_type`` (nothing for a flag), unless it names its own
    metavar (``--format``'s choices)."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar
        word = "" if self.is_flag else readable_type(self.display_type(ctx))
        return f"{word}..." if word and self.nargs != 1 else word


def readable_params(params: list[Any]) -> list[Any]:
    """``params`` (a command's, its ``--help`` included) shown the readable way: typer's own
    argument and option classes swapped for the subclasses above, which change only how help
    prints them (parsing and error messages are typer's own)."""
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = _ReadableArgument
        elif type(param) is TyperOption:
            param.__class__ = _ReadableOption
    return params


class ReadableHelp(TyperCommand):
    """A command whose ``--help`` names values in words (see ``readable_type``)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return readable_params(super().get_params(ctx))


class ReadableGroup(TyperGroup):
    """A group of commands whose own ``--help`` names values in words, as ``ReadableHelp``."""

    def get_params(self, ctx: Any) -> list[Any]:
        return readable_params(super().get_params(ctx))


class OneLineErrors(ReadableGroup):
    """The root command group: runs click without its standalone error printing, so a usage
    error ends like every other error (``fail``); ``--help``, exit codes and a bare group's help
    (``minewatch review``) behave as before."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except typer.Abort:
            err.print("Aborted!", highlight=False)
            sys.exit(1)
        except typer.TyperException as error:  # typer's click: a usage error, or a bare group
            if type(error).__name__ == "NoArgsIsHelpError":
                sys.stderr.write(error.format_message() + "\n")  # the group's help, as before
                sys.exit(error.exit_code)
            try:
                fail(usage_error(error))
            except typer.Exit as done:
                sys.exit(done.exit_code)
        # without standalone mode click returns an Exit's code, or the command's own value
        sys.exit(result if type(result) is int else 0)


def reflow_help(app: typer.Typer) -> None:
    """Every command's and sub-group's help in ``app`` (from ``help=`` or the docstring) made
    into ``paragraphs``, and every command given ``ReadableHelp`` (unless it names a class of
    its own); call once, after all commands are registered."""
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):  # typer's default
            command.cls = ReadableHelp
        docstring = inspect.getdoc(command.callback) if command.callback else None
        help_text = command.help if command.help is not None else docstring
        if help_text:
            command.help = paragraphs(help_text)
    for group in app.registered_groups:
        if isinstance(group.cls, DefaultPlaceholder):  # typer's default
            group.cls = ReadableGroup
        if group.typer_instance is not None:
            reflow_help(group.typer_instance)
    if isinstance(app.info.help, str):
        app.info.help = paragraphs(app.info.help)


def run(action: Callable[[], T]) -> T:
    """``action()``; any MinewatchError it raises ends the command through ``fail``."""
    try:
        return action()
    except MinewatchError as exc:
        fail(exc)


def write_output(path: Path, write: Callable[[Path], T], option: str = "--output") -> T:
    """``write(path)``; InvalidInput at ``option`` naming the folder when it does not exist,
    or naming the file and the reason when the system refuses the write (no traceback)."""
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: no such folder", Location(field=option))
    try:
        return write(path)
    except OSError as error:
        reason = f"cannot write {path}: {error.strerror or error}"
        raise InvalidInput(reason, Location(field=option)) from None


@contextmanager
def opened(*, folder_required: bool = True) -> Iterator[App]:
    """The App built from settings, closed afterwards; no schema check. A database that cannot
    be opened (a wrong URL, a missing folder, a file that is not a database, a server down)
    ends the command with ``error (database_unavailable): ...``; a SQLite file whose folder
    does not exist is named as such before anything is opened (``folder_required=False`` for
    previews, which work without a database)."""
    # imported here, not at the top: ``--help`` needs neither the App nor SQLAlchemy
    from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError

    from minewatch.app import App
    from minewatch.storage.engine import check_folder, unavailable

    app = run(App.from_settings)
    try:
        if folder_required:
            run(lambda: check_folder(app.engine))
        yield app
    except (OperationalError, InterfaceError) as exc:
        fail(unavailable(app.engine, exc))
    except DBAPIError as exc:
        if type(exc) is not DatabaseError:  # a constraint or data error: not the database's fault
            raise
        fail(unavailable(app.engine, exc))
    finally:
        app.close()


def schema_ready(app: App) -> bool:
    """True when the database is at the newest schema; a SQLite file that does not exist is
    not ready, and is not created by asking."""
    from minewatch.storage.engine import sqlite_path
    from minewatch.storage.schema import current_revision, head_revision

    path = sqlite_path(app.engine)
    if path is not None and not path.exists():
        return False
    return current_revision(app.engine) == head_revision()


def not_ready(app: App) -> NotInitialised:
    """Why ``app``'s database is not ready, naming ``init`` either way: never created, or made
    by an older minewatch (its schema behind this one's; ``init`` migrates it, keeping the
    data, where "not initialised" alone read as if the data were gone)."""
    from minewatch.storage.engine import sqlite_path
    from minewatch.storage.schema import current_revision, head_revision

    path = sqlite_path(app.engine)
    found = None if path is not None and not path.exists() else current_revision(app.engine)
    if found is None:
        return NotInitialised("the database is not initialised: run `minewatch init`")
    return NotInitialised(
        f"the database is at schema {found} and this minewatch needs {head_revision()}: "
        "run `minewatch init` to migrate it"
    )


@contextmanager
def ready_app() -> Iterator[App]:
    """``opened()`` for a database at the newest schema; otherwise exit 2 naming ``init``."""
    with opened() as app:
        if not schema_ready(app):
            fail(not_ready(app))
        yield app


def parse_choice(value: str, choices: tuple[str, ...], option: str = "--format") -> str:
    """``value`` if it is one of ``choices``; else InvalidInput worded the same for every
    option (``--format must be json or csv, not 'xml'``). Commands whose output is a file or a
    fixed contract (``rollup``: json|csv) use this instead of ``Format``."""
    if value not in choices:
        allowed = ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else choices[0]
        raise InvalidInput(f"{option} must be {allowed}, not {value!r}")
    return value


def parse_format(value: str) -> OutputFormat:
    """One of FORMAT_CHOICES (``text`` means ``table``); InvalidInput for anything else."""
    value = parse_choice(value, FORMAT_CHOICES)
    return OutputFormat.TABLE if value == "text" else OutputFormat(value)


def _format_callback(value: str) -> OutputFormat:
    return run(lambda: parse_format(value))


Format = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        help="table (or text), json (one document) or jsonl (one item per line)",
        parser=_format_callback,
        metavar="[table|json|jsonl]",
    ),
]


def write_json(document: Any, indent: int | None = None) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=indent) + "\n")


def emit(fmt: OutputFormat, document: Any, items: str | None = None) -> bool:
    """Print ``document`` as JSON (``json``) or ``document[items]`` as JSON lines (``jsonl``;
    the whole document on one line when ``items`` is None). False for ``table``."""
    if fmt is OutputFormat.JSON or (fmt is OutputFormat.JSONL and items is None):
        write_json(document)
        return True
    if fmt is OutputFormat.JSONL:
        assert items is not None
        for item in document[items]:
            write_json(item)
        return True
    return False


def say(text: str, first: str = "", rest: str | None = None) -> None:
    """Print plain text wrapped to the terminal's width (80 columns and up), every line
    indented (``first``, then ``rest``); a word longer than a line (a URL) keeps its own line."""
    lines = textwrap.wrap(
        text,
        width=max(40, out.width),
        initial_indent=first,
        subsequent_indent=first if rest is None else rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    for line in lines or [first]:
        out.print(line, highlight=False, markup=False, overflow="ignore", crop=False)
