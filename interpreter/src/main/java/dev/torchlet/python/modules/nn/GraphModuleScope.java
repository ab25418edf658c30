package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.autograd.GraphEvents;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells the graph events which module's forward is running, so the visualizer can group a model's
 * nodes by layer: a module called by its parent's forward is named as the parent holds it
 * ({@code fc1}, {@code 0} in a Sequential), a module called from the program by its class name.
 * Costs nothing while nobody watches the graph.
 */
final class GraphModuleScope {
    /** The modules whose forward is running, outermost first. */
    private static final List<PyInstance> CALLING = new ArrayList<>();

    private GraphModuleScope() {
    }

    /** Enters {@code module}'s scope if graph events are on; true when {@link #exit} must follow. */
    static boolean enter(PyInstance module) {
        if (!GraphEvents.active()) {
            return false;
        }
        String name = module.type().name();
        if (!CALLING.isEmpty()) {
            for (Map.Entry<String, PyObject> child : ModuleTraversal.children(CALLING.get(CALLING.size() - 1)).entrySet()) {
                if (child.getValue() == module) {
                    name = child.getKey();
                    break;
                }
            }
        }
        CALLING.add(module);
        GraphEvents.enterModule(name);
        return true;
    }

    static void exit() {
        CALLING.remove(CALLING.size() - 1);
        GraphEvents.exitModule();
    }
}
