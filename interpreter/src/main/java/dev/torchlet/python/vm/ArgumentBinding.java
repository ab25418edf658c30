package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's rules for matching a call's arguments to a function's parameters, with CPython's error messages. */
final class ArgumentBinding {
    private ArgumentBinding() {
    }

    static Map<String, PyObject> bind(String name, CodeObject.Signature signature, List<PyObject> defaults,
                                      Map<String, PyObject> keywordDefaults, List<PyObject> args, Map<String, PyObject> kwargs) {
        List<String> positional = signature.positional();
        Map<String, PyObject> locals = new LinkedHashMap<>();
        if (kwargs.isEmpty() && signature.varArgs() == null && signature.varKeywords() == null
                && signature.keywordOnly().isEmpty() && args.size() <= positional.size()
                && args.size() >= positional.size() - defaults.size()) {
            // The common call f(a, b): positional arguments, perhaps some defaults; nothing to check.
            int firstDefault = positional.size() - defaults.size();
            for (int i = 0; i < positional.size(); i++) {
                locals.put(positional.get(i), i < args.size() ? args.get(i) : defaults.get(i - firstDefault));
            }
            return locals;
        }
        int direct = Math.min(args.size(), positional.size());
        for (int i = 0; i < direct; i++) {
            locals.put(positional.get(i), args.get(i));
        }
        if (signature.varArgs() != null) {
            locals.put(signature.varArgs(), PySequence.tuple(args.size() > direct ? args.subList(direct, args.size()) : List.of()));
        } else if (args.size() > positional.size()) {
            throw tooManyPositional(name, positional.size(), defaults.size(), args.size(), kwargs, signature);
        }
        PyDict extra = signature.varKeywords() != null ? new PyDict() : null;
        for (Map.Entry<String, PyObject> keyword : kwargs.entrySet()) {
            String key = keyword.getKey();
            boolean known = positional.contains(key) || signature.keywordOnly().contains(key);
            if (!known) {
                if (extra == null) {
                    throw PythonException.of("TypeError", name + "() got an unexpected keyword argument '" + key + "'");
                }
                extra.setItem(new PyStr(key), keyword.getValue());
                continue;
            }
            if (locals.containsKey(key)) {
                throw PythonException.of("TypeError", name + "() got multiple values for argument '" + key + "'");
            }
            locals.put(key, keyword.getValue());
        }
        int firstDefault = positional.size() - defaults.size();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positional.size(); i++) {
            String parameter = positional.get(i);
            if (!locals.containsKey(parameter)) {
                if (i >= firstDefault) {
                    locals.put(parameter, defaults.get(i - firstDefault));
                } else {
                    missing.add("'" + parameter + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(name, missing, "positional");
        }
        for (String parameter : signature.keywordOnly()) {
            if (!locals.containsKey(parameter)) {
                PyObject value = keywordDefaults == null ? null : keywordDefaults.get(parameter);
                if (value == null) {
                    missing.add("'" + parameter + "'");
                } else {
                    locals.put(parameter, value);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(name, missing, "keyword-only");
        }
        if (extra != null) {
            locals.put(signature.varKeywords(), extra);
        }
        return locals;
    }

    private static PythonException tooManyPositional(String name, int accepted, int defaultCount, int given,
                                                     Map<String, PyObject> kwargs, CodeObject.Signature signature) {
        String takes = defaultCount > 0 ? "from " + (accepted - defaultCount) + " to " + accepted : String.valueOf(accepted);
        long keywordOnlyGiven = kwargs.keySet().stream().filter(signature.keywordOnly()::contains).count();
        String givenText = given + " positional argument" + (given == 1 ? "" : "s");
        if (keywordOnlyGiven > 0) {
            givenText += " (and " + keywordOnlyGiven + " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ")";
        }
        return PythonException.of("TypeError", name + "() takes " + takes + " positional argument"
                + (accepted == 1 && defaultCount == 0 ? "" : "s") + " but " + givenText + (given == 1 && keywordOnlyGiven == 0 ? " was" : " were") + " given");
    }

    /** CPython lists missing parameters as 'a', 'b' and 'c'. */
    private static PythonException missing(String name, List<String> missing, String kind) {
        String last = missing.remove(missing.size() - 1);
        String names = missing.isEmpty() ? last : String.join(", ", missing) + " and " + last;
        int count = missing.size() + 1;
        return PythonException.of("TypeError", name + "() missing " + count + " required " + kind + " argument"
                + (count == 1 ? "" : "s") + ": " + names);
    }
}
