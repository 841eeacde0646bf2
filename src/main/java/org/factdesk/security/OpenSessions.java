package org.factdesk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.base.DeskEvents;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Reloads, through server push, the open tabs that this node serves to users whose sessions an administrator's change
 * ended, so that they land on the sign-in page with the reason without waiting for a click. The reload is only a
 * nudge: ending the session is {@link SessionStampFilter}'s work, on whichever node the reload reaches. Every node
 * hears of the change ({@link DeskEvents}) and reloads the tabs it serves.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final DeskEvents.Topic<List<AccountState>> topic;

    OpenSessions(DeskEvents events) {
        topic = events.topic("accounts", OpenSessions::payloads, OpenSessions::fromPayload);
        topic.subscribe(this::reloadEnded);
    }

    /** After the commit: tells every node (this one too) of these accounts' new state. */
    void changed(List<AccountState> accounts) {
        topic.publish(List.copyOf(accounts));
    }

    private static List<String> payloads(List<AccountState> accounts) {
        return DeskEvents.payloads(accounts.stream().map(account -> URLEncoder.encode(account.username(),
                StandardCharsets.UTF_8) + " " + account.stamp() + " " + account.enabled()).toList());
    }

    private static List<AccountState> fromPayload(String payload) {
        return Arrays.stream(payload.split("\n")).map(line -> line.split(" ")).map(fields -> new AccountState(
                URLDecoder.decode(fields[0], StandardCharsets.UTF_8), Long.parseLong(fields[1]),
                Boolean.parseBoolean(fields[2]))).toList();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /** A user's account as a committed change left it. */
    record AccountState(String username, long stamp, boolean enabled) {
    }

    /** Reloads every tab of these accounts whose session the change ended (the changing user's own one goes on). */
    void reloadEnded(Collection<AccountState> changed) {
        for (VaadinSession session : sessions) {
            SignedInUser user = signedIn(session);
            if (user != null && changed.stream().anyMatch(account -> account.username().equals(user.getUsername())
                    && (!account.enabled() || account.stamp() != user.stamp()))) {
                session.access(() -> session.getUIs().forEach(OpenSessions::reload));
            }
        }
    }

    private static void reload(UI ui) {
        ui.getPage().reload();
    }

    private static @org.jspecify.annotations.Nullable SignedInUser signedIn(VaadinSession session) {
        try {
            WrappedSession http = session.getSession();
            Object context = http == null ? null
                    : http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof SignedInUser user ? user : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
