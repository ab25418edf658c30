package dev.torchlet.python.vm;

import dev.torchlet.python.PythonSyntaxError;
import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.compiler.Compiler;
import dev.torchlet.python.compiler.SourceLines;
import dev.torchlet.python.parser.Parser;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Built-ins that see the running program's namespaces: {@code exec}, {@code eval}, {@code globals},
 * {@code locals}, {@code vars} and {@code dir}.
 *
 * <p>{@code globals()} and {@code locals()} return copies: reading them works as in CPython, but
 * assigning into the returned dict does not create variables (CPython's {@code globals()} is live).
 * A dict given to {@code exec}/{@code eval} is the namespace the code runs in, and receives what it defines.
 */
final class NamespaceBuiltins {
    private NamespaceBuiltins() {
    }

    static void install(Map<String, PyObject> builtins) {
        builtins.put("eval", new NativeFunction("eval", (args, kwargs) -> run("eval", args, kwargs)));
        builtins.put("exec", new NativeFunction("exec", (args, kwargs) -> {
            run("exec", args, kwargs);
            return PyNone.NONE;
        }));
        builtins.put("globals", new NativeFunction("globals", (args, kwargs) -> {
            noArguments("globals", args, kwargs);
            return copy(Execution.current().callerGlobals());
        }));
        builtins.put("locals", new NativeFunction("locals", (args, kwargs) -> {
            noArguments("locals", args, kwargs);
            return copy(Execution.current().callerLocals());
        }));
        builtins.put("vars", new NativeFunction("vars", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("vars", kwargs);
            if (args.isEmpty()) {
                return copy(Execution.current().callerLocals());
            }
            if (args.size() > 1) {
                throw PythonException.of("TypeError", "vars expected at most 1 argument, got " + args.size());
            }
            try {
                return args.get(0).getAttribute("__dict__");
            } catch (PythonException e) {
                throw PythonException.of("TypeError", "vars() argument must have __dict__ attribute");
            }
        }));
        builtins.put("dir", new NativeFunction("dir", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("dir", kwargs);
            if (args.size() > 1) {
                throw PythonException.of("TypeError", "dir expected at most 1 argument, got " + args.size());
            }
            return sortedNames(args.isEmpty() ? Execution.current().callerLocals().keySet() : attributeNames(args.get(0)));
        }));
    }

    /** eval(source, globals=None, locals=None) and exec(...): the source runs where the caller runs, or in the dicts given. */
    private static PyObject run(String function, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(function, kwargs, "globals", "locals");
        if (args.isEmpty() || args.size() > 3) {
            throw PythonException.of("TypeError", function + " expected from 1 to 3 arguments, got " + args.size());
        }
        if (!(args.get(0) instanceof PyStr source)) {
            throw PythonException.of("TypeError", function + "() arg 1 must be a string, bytes or code object");
        }
        PyObject globalsArgument = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("globals", PyNone.NONE);
        PyObject localsArgument = args.size() > 2 ? args.get(2) : kwargs.getOrDefault("locals", PyNone.NONE);
        Execution execution = Execution.current();
        Map<String, PyObject> globals;
        Map<String, PyObject> locals;
        if (globalsArgument == PyNone.NONE) {
            globals = execution.callerGlobals();
            // Inside a function, the code reads the function's variables; what it assigns stays local to it, as in CPython.
            locals = execution.callerLocals() == globals ? globals : new LinkedHashMap<>(execution.callerLocals());
        } else {
            globals = namespace(function, "globals", globalsArgument);
            locals = globals;
        }
        if (localsArgument != PyNone.NONE) {
            locals = namespace(function, "locals", localsArgument);
        }
        CodeObject code = compile(function, source.value());
        try {
            return execution.runSource(code, globals, locals);
        } finally {
            writeBack(globalsArgument, globals);
            writeBack(localsArgument, locals);
        }
    }

    private static CodeObject compile(String function, String source) {
        SourceLines lines = new SourceLines(source);
        try {
            return function.equals("eval")
                    ? Compiler.compileEvalInput(Parser.parseEvalInput(source), "<string>", lines)
                    : Compiler.compileModule(Parser.parseModule(source), "<string>", lines);
        } catch (PythonSyntaxError e) {
            // CPython's str() of a SyntaxError names the source and line.
            throw PythonException.of("SyntaxError", e.getMessage() + " (<string>, line " + e.line() + ")");
        }
    }

    /** A dict given as a namespace, as the Java map the VM runs with (names are strings). */
    private static Map<String, PyObject> namespace(String function, String role, PyObject argument) {
        if (!(argument instanceof PyDict dict)) {
            throw PythonException.of("TypeError", function + "() " + role + " must be a dict, not " + argument.typeName());
        }
        Map<String, PyObject> names = new LinkedHashMap<>();
        for (PyObject key : dict.keys()) {
            if (!(key instanceof PyStr name)) {
                throw PythonException.of("TypeError", function + "() " + role + " must have only str keys");
            }
            names.put(name.value(), dict.get(key));
        }
        return names;
    }

    /** What the code defined or deleted becomes visible in the dict the caller gave. */
    private static void writeBack(PyObject argument, Map<String, PyObject> names) {
        if (!(argument instanceof PyDict dict)) {
            return;
        }
        for (PyObject key : dict.keys()) {
            if (key instanceof PyStr name && !names.containsKey(name.value())) {
                dict.remove(key);
            }
        }
        names.forEach((name, value) -> dict.put(new PyStr(name), value));
    }

    private static PyDict copy(Map<String, PyObject> names) {
        PyDict dict = new PyDict();
        names.forEach((name, value) -> dict.put(new PyStr(name), value));
        return dict;
    }

    private static java.util.Collection<String> attributeNames(PyObject object) {
        List<String> names = new ArrayList<>();
        if (object instanceof PyModule module) {
            names.addAll(module.attributeNames());
        } else if (object instanceof PyType type) {
            type.mro().forEach(t -> names.addAll(t.namespace().keySet()));
        } else if (object instanceof PyInstance instance) {
            names.addAll(instance.attributes().keySet());
            instance.type().mro().forEach(t -> names.addAll(t.namespace().keySet()));
        } else {
            throw PythonException.of("NotImplementedError",
                    "dir() of a " + object.typeName() + " object is not available in Torchlet yet");
        }
        return names;
    }

    private static PySequence sortedNames(java.util.Collection<String> names) {
        List<PyObject> sorted = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            sorted.add(new PyStr(name));
        }
        return PySequence.list(sorted);
    }

    private static void noArguments(String function, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(function, kwargs);
        if (!args.isEmpty()) {
            throw PythonException.of("TypeError", function + "() takes no arguments (" + args.size() + " given)");
        }
    }
}
