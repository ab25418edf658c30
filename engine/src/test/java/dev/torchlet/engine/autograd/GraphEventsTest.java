package dev.torchlet.engine.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.torchlet.engine.GoldenFile;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The graph event stream for y = (x * w + b).sum(), against what PyTorch's autograd does (goldens/autograd_events.txt). */
class GraphEventsTest {
    private static final Map<String, String> GOLDEN = GoldenFile.sections("/goldens/autograd_events.txt");

    /** Nodes created inside entered modules carry the modules' dotted path; outside any, "". */
    @Test
    void nodesKnowTheModulesWhoseForwardMadeThem() throws Exception {
        Tensor w = Torch.tensor(List.of(0.5, -1.0), null).requiresGrad_(true);
        List<String> modules = new ArrayList<>();
        try (AutoCloseable subscription = GraphEvents.subscribe(event -> {
            if (event instanceof GraphEvent.NodeCreated created) {
                modules.add(created.gradFnName() + "@" + created.module());
            }
        })) {
            GraphEvents.enterModule("Net");
            GraphEvents.enterModule("fc1");
            Tensor h = w.mul(w);
            GraphEvents.exitModule();
            Tensor r = h.add(w);
            GraphEvents.exitModule();
            r.sum();
        } finally {
            GraphEvents.clearModules();
        }
        assertEquals(List.of("MulBackward0@Net.fc1", "AddBackward0@Net", "SumBackward0@"), modules);
    }

    @Test
    void forwardAndBackwardEventsMatchPyTorch() throws Exception {
        Tensor x = Torch.tensor(List.of(1.0, 2.0, 3.0), null);
        Tensor w = Torch.tensor(List.of(0.5, -1.0, 2.0), null).requiresGrad_(true);
        Tensor b = Torch.tensor(List.of(0.25, 0.25, 0.25), null).requiresGrad_(true);
        List<GraphEvent> events = new ArrayList<>();
        Tensor y;
        try (AutoCloseable subscription = GraphEvents.subscribe(events::add)) {
            GraphEvents.setSourceTag("line 7");
            Tensor product = x.mul(w);
            Tensor shifted = product.add(b);
            y = shifted.sum();
            y.backward();
        }
        GraphEvents.setSourceTag(null);

        List<String> created = new ArrayList<>();
        List<String> evaluated = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (GraphEvent event : events) {
            order.add(event.getClass().getSimpleName());
            switch (event) {
                case GraphEvent.NodeCreated c -> created.add(c.gradFnName());
                case GraphEvent.NodeEvaluated e -> {
                    List<String> out = new ArrayList<>();
                    for (Tensor g : e.outgoing()) {
                        out.add(g == null ? "None" : g.toString());
                    }
                    evaluated.add(e.gradFnName() + " in=" + e.incoming() + " out=" + String.join(", ", out));
                }
                default -> {
                }
            }
        }
        assertEquals(GOLDEN.get("created"), String.join("\n", created));
        assertEquals(GOLDEN.get("evaluated"), String.join("\n", evaluated));
        assertEquals(GOLDEN.get("grads"), "w.grad=" + w.grad() + "\nb.grad=" + b.grad());
        // PyTorch's engine runs AccumulateGrad nodes as soon as they are ready: b's before MulBackward0.
        assertEquals(List.of("NodeCreated", "NodeCreated", "NodeCreated", "BackwardStarted", "NodeEvaluated", "NodeEvaluated",
                "GradientAccumulated", "NodeEvaluated", "GradientAccumulated", "GraphFreed"), order);

        GraphEvent.NodeCreated mul = (GraphEvent.NodeCreated) events.get(0);
        assertEquals("mul", mul.opName());
        assertEquals("line 7", mul.source());
        assertEquals(x.id(), mul.inputs().get(0).id());
        assertEquals(w.id(), mul.inputs().get(1).id());
        assertArrayEquals(new long[] {3}, mul.output().shape());
        assertEquals(0, mul.nextNodes()[0], "x does not require grad: no edge");
        assertEquals(w.gradientEdge().id(), mul.nextNodes()[1]);
        GraphEvent.NodeCreated sum = (GraphEvent.NodeCreated) events.get(2);
        assertEquals(y.id(), sum.output().id());
        assertArrayEquals(new long[0], sum.output().shape());

        GraphEvent.GradientAccumulated first = assertInstanceOf(GraphEvent.GradientAccumulated.class, events.get(6));
        GraphEvent.GradientAccumulated second = assertInstanceOf(GraphEvent.GradientAccumulated.class, events.get(8));
        assertEquals(b.id(), first.leafId());
        assertEquals(w.id(), second.leafId());
        assertEquals(b.grad().toString(), first.total().toString());
        GraphEvent.GraphFreed freed = (GraphEvent.GraphFreed) events.get(9);
        assertEquals(3, freed.nodeIds().size());
    }

    /** The seed tutorial's z = w*x + b; z.backward() on scalars that all require grad. */
    @Test
    void scalarLinearModelEventsMatchPyTorch() throws Exception {
        Tensor x = Torch.tensor(1.0, null).requiresGrad_(true);
        Tensor w = Torch.tensor(2.0, null).requiresGrad_(true);
        Tensor b = Torch.tensor(3.0, null).requiresGrad_(true);
        Map<Long, String> leafNames = Map.of(x.id(), "x", w.id(), "w", b.id(), "b");
        List<GraphEvent> events = new ArrayList<>();
        Tensor z;
        try (AutoCloseable subscription = GraphEvents.subscribe(events::add)) {
            z = w.mul(x).add(b);
            z.backward();
        }
        List<String> created = new ArrayList<>();
        List<String> evaluated = new ArrayList<>();
        List<String> accumulated = new ArrayList<>();
        for (GraphEvent event : events) {
            switch (event) {
                case GraphEvent.NodeCreated c -> created.add(c.gradFnName());
                case GraphEvent.NodeEvaluated e -> {
                    List<String> out = new ArrayList<>();
                    for (Tensor g : e.outgoing()) {
                        out.add(g == null ? "None" : g.toString());
                    }
                    evaluated.add(e.gradFnName() + " in=" + e.incoming() + " out=" + String.join(", ", out));
                }
                case GraphEvent.GradientAccumulated a -> accumulated.add(leafNames.get(a.leafId()) + " " + a.gradient());
                default -> {
                }
            }
        }
        assertEquals(GOLDEN.get("wxb.created"), String.join("\n", created));
        assertEquals(GOLDEN.get("wxb.evaluated"), String.join("\n", evaluated));
        assertEquals(GOLDEN.get("wxb.accumulated"), String.join("\n", accumulated));
        assertEquals(GOLDEN.get("wxb.grads"), "x.grad=" + x.grad() + "\nw.grad=" + w.grad() + "\nb.grad=" + b.grad());
        GraphEvent.BackwardStarted started = assertInstanceOf(GraphEvent.BackwardStarted.class, events.get(2));
        assertEquals(List.of(z.gradFn().id()), started.rootNodeIds());
        assertInstanceOf(GraphEvent.GraphFreed.class, events.get(events.size() - 1));
    }

    @Test
    void nothingIsPublishedWithoutSubscribers() throws Exception {
        List<GraphEvent> events = new ArrayList<>();
        AutoCloseable subscription = GraphEvents.subscribe(events::add);
        subscription.close();
        assertFalse(GraphEvents.active());
        Tensor w = Torch.ones(2).requiresGrad_(true);
        w.mul(w).sum().backward();
        assertEquals(List.of(), events);
    }
}
