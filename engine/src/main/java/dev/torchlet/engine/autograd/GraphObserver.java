package dev.torchlet.engine.autograd;

/** Receives {@link GraphEvent}s once subscribed through {@link GraphEvents#subscribe}. */
@FunctionalInterface
public interface GraphObserver {
    void onEvent(GraphEvent event);
}
