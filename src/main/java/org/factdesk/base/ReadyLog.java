package org.factdesk.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log when the desk can be used: after the start-up work (demo users, seed articles) that runs once the
 * port is already open, so a newcomer does not sign in before the demo users exist. The README names this line.
 */
@Component
class ReadyLog {

    static final String READY = "FactDesk is ready on port {} ({} mode)";

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "?");
        boolean development = isPresent("com.vaadin.base.devserver.DevModeHandlerManagerImpl");
        LOG.info(READY, port, development ? "development" : "production");
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, ReadyLog.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
