package dev.torchlet.python.modules.optim;

import dev.torchlet.engine.optim.LRScheduler;
import dev.torchlet.engine.optim.ReduceLROnPlateau;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/**
 * A learning-rate scheduler as Python sees it: an engine {@link LRScheduler} (or
 * {@link ReduceLROnPlateau}, which PyTorch 1.13 keeps apart: {@code step(metrics)}, no
 * {@code get_last_lr}). The optimizer's Python groups are copied into the engine before the
 * scheduler reads them and back after it wrote the new learning rates.
 */
final class PyScheduler extends PyObject {
    private final String name;
    private final PyOptimizer optimizer;
    private final LRScheduler scheduler;
    private final ReduceLROnPlateau plateau;

    PyScheduler(String name, PyOptimizer optimizer, LRScheduler scheduler, ReduceLROnPlateau plateau) {
        this.name = name;
        this.optimizer = optimizer;
        this.scheduler = scheduler;
        this.plateau = plateau;
    }

    @Override
    public String typeName() {
        return name;
    }

    @Override
    public String repr() {
        return "<torch.optim.lr_scheduler." + name + " object>";
    }

    @Override
    public PyObject getAttribute(String attribute) {
        switch (attribute) {
            case "optimizer":
                return optimizer;
            case "last_epoch":
                return PyInt.of(scheduler != null ? scheduler.lastEpoch() : plateau.lastEpoch());
            case "step":
                return new NativeFunction("step", (args, kwargs) -> {
                    optimizer.pushToEngine();
                    if (plateau != null) {
                        PyObject metrics = new Signature("step", 1, 2, "metrics", "epoch").bind(args, kwargs).get("metrics");
                        plateau.step(metric(metrics));
                    } else {
                        if (new Signature("step", 0, 1, "epoch").bind(args, kwargs).containsKey("epoch")) {
                            throw PythonException.of("NotImplementedError", "step(epoch) is deprecated in PyTorch and not supported by Torchlet");
                        }
                        scheduler.step();
                    }
                    optimizer.pullFromEngine();
                    return PyNone.NONE;
                });
            default:
                break;
        }
        if (plateau != null) {
            return switch (attribute) {
                case "best" -> new PyFloat(plateau.best());
                case "num_bad_epochs" -> PyInt.of(plateau.numBadEpochs());
                default -> super.getAttribute(attribute);
            };
        }
        return switch (attribute) {
            case "get_last_lr" -> new NativeFunction("get_last_lr", (args, kwargs) -> {
                new Signature("get_last_lr", 0, 0).bind(args, kwargs);
                List<PyObject> lrs = new ArrayList<>();
                for (Object lr : scheduler.getLastLr()) {
                    lrs.add(OptionValues.toPython(lr));
                }
                return PySequence.list(lrs);
            });
            case "base_lrs" -> {
                List<PyObject> lrs = new ArrayList<>();
                for (double lr : scheduler.baseLrs()) {
                    lrs.add(new PyFloat(lr));
                }
                yield PySequence.list(lrs);
            }
            default -> super.getAttribute(attribute);
        };
    }

    /** {@code float(metrics)}: a number or a one-element tensor. */
    private static double metric(PyObject value) {
        Object java = OptionValues.toJava(value);
        if (java instanceof Number n) {
            return n.doubleValue();
        }
        if (java instanceof dev.torchlet.engine.Tensor t) {
            return t.itemAsDouble();
        }
        throw PythonException.of("TypeError", "float() argument must be a string or a real number, not '" + value.typeName() + "'");
    }
}
