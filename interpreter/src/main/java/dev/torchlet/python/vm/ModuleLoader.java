package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.PyModule;

/** Finds a module by its dotted name for {@code import}. */
public interface ModuleLoader {
    PyModule load(String dottedName);
}
