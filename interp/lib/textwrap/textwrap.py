# bytepy's textwrap: wrap, fill, shorten, dedent, indent and TextWrapper,
# line for line as CPython 3.7 breaks text.
#
# Wrapping is two steps. The text is cut into chunks: runs of whitespace
# and words, where (with break_on_hyphens) a hyphenated word is also cut
# after each of its hyphens and an em-dash ("--") stands alone. Then
# lines are filled greedily from the chunks. CPython does the cutting
# with one large regular expression; here it is a small scanner (_chunk)
# that applies the same rules character by character.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    # a character after which an em-dash may begin
    return _is_word_char(c) or c in '!"\'&.,?'


def _letter_at(text, i):
    # a word character that is not a digit ([^\d\W])
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _hyphen_breaks(text, j):
    """Whether a word may be cut after the hyphen at text[j]."""
    before = (_letter_at(text, j - 2) and _letter_at(text, j - 1)) or (
        _letter_at(text, j - 3) and j >= 2 and text[j - 2] == '-' and _letter_at(text, j - 1))
    if not before:
        return False
    k = j + 1
    if not _letter_at(text, k):
        return False
    k += 1
    if k < len(text) and text[k] == '-':
        k += 1
    return _letter_at(text, k)


def _emdash_at(text, j):
    """Whether text[j:] starts with two or more hyphens and a word char."""
    k = j
    while k < len(text) and text[k] == '-':
        k += 1
    return k - j >= 2 and k < len(text) and _is_word_char(text[k])


def _chunk(text):
    """Cut text into whitespace runs and (hyphen-split) words."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]) and _emdash_at(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # a word: the shortest run of non-space that ends at a breakable
        # hyphen, before space or the end, or before an em-dash
        j = i + 1
        while True:
            if j < n and text[j] == '-' and _hyphen_breaks(text, j):
                j += 1
                break
            if j >= n or text[j] in _whitespace:
                break
            if _is_word_punct(text[j - 1]) and _emdash_at(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Wraps and fills paragraphs; the options are its attributes."""

    unicode_whitespace_trans = {}
    for _c in _whitespace:
        unicode_whitespace_trans[ord(_c)] = ord(' ')
    del _c

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _chunk(text)
        # only whitespace separates chunks
        chunks, i, n = [], 0, len(text)
        while i < n:
            space = text[i] in _whitespace
            j = i
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        # a sentence end is a lowercase word ending in . ! or ? (maybe
        # quoted) followed by one space: make that two spaces
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            cur_line.append(reversed_chunks[-1][:space_left])
            reversed_chunks[-1] = reversed_chunks[-1][space_left:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # the last allowed line: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # [a-z] then optional [.!?] then optional quote, at the chunk's end
    s = chunk
    if s and s[-1] in '"\'':
        s = s[:-1]
    if not s or s[-1] not in '.!?':
        return False
    s = s[:-1]
    return bool(s) and 'a' <= s[-1] <= 'z'


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace every non-blank line starts with."""
    lines = text.split('\n')
    # lines of only spaces and tabs become empty
    lines = [line if line.strip(' \t') else '' for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text that predicate accepts (by default
    those that are not just whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
