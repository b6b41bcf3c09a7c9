package org.intercede.server.simulator;

/** The simulator was asked for while it is off (Twilio sends, or production). */
public class SimulatorOffException extends RuntimeException {
    public SimulatorOffException() {
        super("the simulator is off: it works only while no Twilio account is configured, outside production");
    }
}
