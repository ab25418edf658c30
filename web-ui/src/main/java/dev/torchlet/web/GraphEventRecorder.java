package dev.torchlet.web;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.GraphEvent;
import dev.torchlet.engine.autograd.GraphObserver;
import dev.torchlet.python.runtime.JsonText;
import java.util.List;

/**
 * Collects the engine's graph events during a step-mode run as JSON objects; the worker takes
 * them at each pause and forwards them to the page's graph panel.
 */
final class GraphEventRecorder implements GraphObserver {
    private final StringBuilder pending = new StringBuilder();

    /** The events since the last call, as a JSON array. */
    String take() {
        String json = "[" + pending + "]";
        pending.setLength(0);
        return json;
    }

    @Override
    public void onEvent(GraphEvent event) {
        String json = switch (event) {
            case GraphEvent.NodeCreated e -> "{\"kind\":\"node\",\"node\":" + e.nodeId()
                    + ",\"gradFn\":" + JsonText.string(e.gradFnName())
                    + ",\"output\":" + (e.output() == null ? 0 : e.output().id())
                    + ",\"shape\":" + (e.output() == null ? "[]" : JsonText.longs(e.output().shape()))
                    + ",\"inputs\":" + inputIds(e.inputs())
                    + ",\"next\":" + JsonText.longs(e.nextNodes())
                    + ",\"source\":" + JsonText.string(e.source() == null ? null : e.source().toString())
                    + ",\"module\":" + JsonText.string(e.module()) + "}";
            case GraphEvent.BackwardStarted e -> "{\"kind\":\"backward\",\"roots\":" + e.rootNodeIds() + "}";
            case GraphEvent.NodeEvaluated e -> "{\"kind\":\"evaluated\",\"node\":" + e.nodeId()
                    + ",\"gradFn\":" + JsonText.string(e.gradFnName())
                    + ",\"incoming\":" + tensorText(e.incoming())
                    + ",\"outgoing\":" + tensorTexts(e.outgoing()) + "}";
            case GraphEvent.GradientAccumulated e -> "{\"kind\":\"accumulated\",\"node\":" + e.nodeId()
                    + ",\"leaf\":" + e.leafId()
                    + ",\"gradient\":" + tensorText(e.gradient())
                    + ",\"total\":" + tensorText(e.total()) + "}";
            case GraphEvent.GraphFreed e -> "{\"kind\":\"freed\",\"nodes\":" + e.nodeIds() + "}";
        };
        pending.append(pending.length() == 0 ? "" : ",").append(json);
    }

    private static String inputIds(List<GraphEvent.TensorInfo> inputs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < inputs.size(); i++) {
            GraphEvent.TensorInfo info = inputs.get(i);
            sb.append(i == 0 ? "" : ",").append(info == null ? 0 : info.id());
        }
        return sb.append(']').toString();
    }

    private static String tensorText(Tensor t) {
        return JsonText.string(t == null ? null : t.toString());
    }

    private static String tensorTexts(List<Tensor> tensors) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < tensors.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(tensorText(tensors.get(i)));
        }
        return sb.append(']').toString();
    }
}
