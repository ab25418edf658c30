package dev.torchlet.python.stdlib;

/** {@code string}, written in Python: its character-class constants and {@code capwords}. */
final class StringSource {
    private StringSource() {
    }

    static final String SOURCE = """
whitespace = ' \\t\\n\\r\\x0b\\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r\"\"\"!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\"\"\"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))
""";
}
