"""Reading a JSON array item by item from a stream of bytes, each item at most `max_item_chars` long.

`json.loads` of a whole part builds every object at once: 60 MB of ``[{},{},…]`` become 1.5 GB of empty
dicts before anyone can look at the first one. Here an item is decoded, handed on and forgotten before
the next is read, so the caller refuses a wrong first row at once and memory stays at one item plus one
chunk of text, whatever the size of the stream.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_AFTER_ITEM = frozenset({",", "]", " ", "\t", "\n", "\r"})


class JsonStreamError(ValueError):
    """The stream is not one JSON array, or an item is longer than allowed."""


class _Text:
    """Decoded text fed chunk by chunk, with a read position; consumed text is dropped."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.position = 0
        self.ended = False

    def more(self) -> bool:
        """Append the next chunk; False at the end of the stream."""
        if self.ended:
            return False
        chunk = next(self._chunks, None)
        try:
            text = self._decoder.decode(chunk or b"", final=chunk is None)
        except UnicodeDecodeError:
            raise JsonStreamError("not UTF-8") from None
        self.ended = chunk is None
        self.buffer = self.buffer[self.position :] + text
        self.position = 0
        return True

    def skip_space(self) -> None:
        while True:
            found = _SPACE.match(self.buffer, self.position)
            assert found is not None  # the pattern matches the empty string
            self.position = found.end()
            if self.position < len(self.buffer) or not self.more():
                return

    def next_char(self) -> str:
        """The next non-space character, not consumed; "" at the end of the stream."""
        self.skip_space()
        return self.buffer[self.position] if self.position < len(self.buffer) else ""


def iter_array(chunks: Iterable[bytes], *, max_item_chars: int) -> Iterator[Any]:
    """Each item of the JSON array in `chunks` (UTF-8 bytes); JsonStreamError when the stream is not an
    array, is cut short, has anything after it, or has an item longer than `max_item_chars`."""
    text = _Text(chunks)
    decoder = json.JSONDecoder()
    if text.next_char() != "[":
        raise JsonStreamError("not an array")
    text.position += 1
    if text.next_char() == "]":
        text.position += 1
    else:
        while True:
            yield _item(text, decoder, max_item_chars)
            separator = text.next_char()
            text.position += 1
            if separator == "]":
                break
            if separator != ",":
                raise JsonStreamError("expected , or ]")
    if text.next_char() != "":
        raise JsonStreamError("text after the array")


def _item(text: _Text, decoder: json.JSONDecoder, max_item_chars: int) -> Any:
    text.skip_space()
    while True:
        available = len(text.buffer) - text.position
        try:
            value, end = decoder.raw_decode(text.buffer, text.position)
        except json.JSONDecodeError:
            value, end = None, -1
        except RecursionError:  # [[[[…]]]] nested deeper than Python recurses
            raise JsonStreamError("nested too deeply") from None
        # A number ending at the end of the buffer, or before a letter or a dot, may go on ("1" of
        # "1.5e3" cut after "1"): read on before taking it.
        if end != -1 and (text.ended or text.buffer[end : end + 1] in _AFTER_ITEM):
            if end - text.position > max_item_chars:
                raise JsonStreamError("item too long")
            text.position = end
            return value
        if available > max_item_chars:
            raise JsonStreamError("item too long")
        if not text.more():
            raise JsonStreamError("cut short")
