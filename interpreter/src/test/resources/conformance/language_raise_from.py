# raise ... from ...: the cause is printed first, with "direct cause" between the tracebacks.
class ConfigError(Exception):
    pass


def parse(text):
    return int(text)


def read_config(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError("learning rate must be a number") from e


print(read_config("3"))
read_config("fast")
