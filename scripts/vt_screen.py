"""What a terminal shows, rebuilt from the bytes samtal writes to its pseudo-terminal
(standard library only): enough of a terminal for ratatui's output, which places every
run of changed cells with an absolute cursor move (CSI row;col H), clears with CSI J /
CSI K and styles with SGR. Styles and modes are read past; text is kept by cell.

A changed row arrives as the cells that differ from the frame before, so a text can be
split by cursor moves in the byte stream: ask the screen, not the bytes, what is shown.
"""

import re
import unicodedata

CSI = re.compile(rb"\x1b\[([0-9;?<>=]*)([ -/]*)([@-~])")
OTHER_ESCAPE = re.compile(rb"\x1b(\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[@-Z\\-_])")


def cell_width(char):
    """Columns a character takes: 2 for East Asian wide and full-width, 0 for
    combining marks, else 1 (close enough to unicode-width for what is searched)."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


class Screen:
    """`rows` × `columns` cells of text and a cursor, fed with `feed(bytes)`."""

    def __init__(self, columns, rows):
        self.columns, self.rows_count = columns, rows
        self.cells = [[" "] * columns for _ in range(rows)]
        self.row, self.column = 0, 0
        self.pending = b""

    def feed(self, data):
        data = self.pending + data
        self.pending = b""
        at = 0
        while at < len(data):
            byte = data[at]
            if byte == 0x1B:
                used = self._escape(data, at)
                if used is None:  # cut off at the end of this chunk: wait for the rest
                    self.pending = data[at:]
                    return
                at += used
                continue
            if byte < 0x20:
                self._control(byte)
                at += 1
                continue
            used = self._text(data, at)
            if used is None:
                self.pending = data[at:]
                return
            at += used

    def _escape(self, data, at):
        match = CSI.match(data, at)
        if match:
            self._csi(match.group(1).decode(), match.group(3).decode())
            return match.end() - at
        match = OTHER_ESCAPE.match(data, at)
        if match:
            return match.end() - at
        if len(data) - at < 64:
            return None
        return 1  # an escape this screen does not know: skip the ESC alone

    def _text(self, data, at):
        """Writes one UTF-8 character; the bytes it took, None when cut off."""
        length = 1
        lead = data[at]
        if lead >= 0xF0:
            length = 4
        elif lead >= 0xE0:
            length = 3
        elif lead >= 0xC0:
            length = 2
        if at + length > len(data):
            return None
        char = data[at : at + length].decode("utf-8", "replace")
        self._put(char)
        return length

    def _put(self, char):
        width = cell_width(char)
        if width == 0 or self.row >= self.rows_count:
            return
        if self.column < self.columns:
            self.cells[self.row][self.column] = char
            if width == 2 and self.column + 1 < self.columns:
                self.cells[self.row][self.column + 1] = ""
        self.column += width

    def _control(self, byte):
        if byte == 0x0D:
            self.column = 0
        elif byte == 0x0A:
            self.row = min(self.row + 1, self.rows_count - 1)
        elif byte == 0x08:
            self.column = max(0, self.column - 1)

    def _csi(self, params, final):
        numbers = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        first = numbers[0] if numbers else 0
        if params.startswith("?"):
            return  # modes: alternate screen, cursor, bracketed paste
        if final in "Hf":
            row = numbers[0] if numbers and numbers[0] else 1
            column = numbers[1] if len(numbers) > 1 and numbers[1] else 1
            self.row = min(row, self.rows_count) - 1
            self.column = min(column, self.columns) - 1
        elif final == "J":
            self._erase_display(first)
        elif final == "K":
            self._erase_line(first)
        elif final == "G":
            self.column = max(first, 1) - 1
        elif final in "ABCD":
            self._move(final, max(first, 1))

    def _move(self, direction, count):
        if direction == "A":
            self.row = max(0, self.row - count)
        elif direction == "B":
            self.row = min(self.rows_count - 1, self.row + count)
        elif direction == "C":
            self.column = min(self.columns - 1, self.column + count)
        else:
            self.column = max(0, self.column - count)

    def _erase_display(self, mode):
        if mode in (2, 3):
            self.cells = [[" "] * self.columns for _ in range(self.rows_count)]
        elif mode == 0:
            self._erase_line(0)
            for row in range(self.row + 1, self.rows_count):
                self.cells[row] = [" "] * self.columns

    def _erase_line(self, mode):
        line = self.cells[self.row]
        start, end = (self.column, self.columns) if mode == 0 else (0, self.columns)
        if mode == 1:
            start, end = 0, self.column + 1
        for column in range(start, min(end, self.columns)):
            line[column] = " "

    def rows(self):
        """Each row as text (a wide character's second cell left out)."""
        return ["".join(row) for row in self.cells]

    def contains(self, text):
        return any(text in row for row in self.rows())

    def rows_with(self, text):
        return sum(1 for row in self.rows() if text in row)

    def text(self):
        """The screen as lines, trailing spaces and empty last rows left out."""
        return "\n".join(row.rstrip() for row in self.rows()).rstrip("\n")
