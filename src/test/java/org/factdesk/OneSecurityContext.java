package org.factdesk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before every test of a Spring context, makes that context's security-context strategy the global one again.
 * Vaadin registers its strategy (a thread-local of its own) as a bean and installs it in
 * {@link SecurityContextHolder} when a context starts; once a second context has started in the same test JVM (a test
 * on a file database, on a random port, with a test configuration), code reading {@code SecurityContextHolder} saw
 * that context's strategy while {@code @WithUserDetails} and method security used the first one's: "No signed-in
 * user", or the sign-in page instead of the view. In the application there is one context, so nothing changes there.
 */
public final class OneSecurityContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        adopt(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        adopt(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        adopt(testContext);
    }

    /** Before Spring Security's listener, which puts {@code @WithUserDetails}' user into the strategy bean. */
    @Override
    public int getOrder() {
        return 9_000;
    }

    private static void adopt(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
