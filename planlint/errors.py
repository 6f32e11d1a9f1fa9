"""Why a plan could not be linted.

    PlanlintError            anything planlint reports as a one-line reason
    ├── ReadError            the file could not be read as a plan
    │   ├── UnsupportedFormat    extension planlint does not read
    │   ├── EmptyDocument        no text at all
    │   ├── CorruptDocument      not a valid file of its type
    │   ├── EncryptedDocument    password-protected
    │   ├── NoTextLayer          a PDF with no text (scanned?)
    │   ├── NotRegularFile       a FIFO, device or socket, which may never end
    │   └── TooLarge             over a limit of planlint.readers.limits
    └── UsageError           the command was misused

    TimedOut                 one file ran over its time limit (a BaseException)
"""


class PlanlintError(Exception):
    """Base class; str(error) is a one-line reason safe to print (no plan text)."""


class ReadError(PlanlintError):
    pass


class UnsupportedFormat(ReadError):
    pass


class EmptyDocument(ReadError):
    pass


class CorruptDocument(ReadError):
    pass


class EncryptedDocument(ReadError):
    pass


class NoTextLayer(ReadError):
    pass


class NotRegularFile(ReadError):
    pass


class TooLarge(ReadError):
    pass


class UsageError(PlanlintError):
    pass


class TimedOut(BaseException):
    """Raised from a timer signal, anywhere in the reading or checking of one
    file. Not an Exception, so the `except Exception` of a third-party parser
    cannot turn it into "corrupt file"; only the sequencer catches it."""
