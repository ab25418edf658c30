package dev.torchlet.python.vm;

/** Why {@link Execution#run(long)} returned. The browser runtime passes the ordinal to its worker. */
public enum RunStatus {
    FINISHED, FAILED, BUDGET_USED, PAUSED
}
