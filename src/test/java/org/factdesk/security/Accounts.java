package org.factdesk.security;

import jakarta.servlet.Filter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the account tests share: a sign-in with a username and password checked as the login form checks it (the
 * application's users and password encoder), and the application's real filter chain without a browser.
 */
final class Accounts {

    private Accounts() {
    }

    /** Signs in as the login form does; throws what the form would report as an error. */
    static Authentication signIn(ApplicationContext context, String username, String password) {
        DaoAuthenticationProvider form = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
        form.setPasswordEncoder(context.getBean(PasswordEncoder.class));
        return form.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** The real filter chain, built before each test: {@code @RegisterExtension final RealFilterChain mvc = ...}. */
    static RealFilterChain realFilterChain() {
        return new RealFilterChain();
    }

    /**
     * Requests through the application's own security filter chain (MockMvc, no browser, no Vaadin servlet).
     */
    static final class RealFilterChain implements BeforeEachCallback {

        private @Nullable MockMvc mvc;

        @Override
        public void beforeEach(ExtensionContext extension) {
            WebApplicationContext context = (WebApplicationContext) SpringExtension.getApplicationContext(extension);
            mvc = MockMvcBuilders.webAppContextSetup(context)
                    .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        }

        ResultActions perform(RequestBuilder request) throws Exception {
            if (mvc == null) {
                throw new IllegalStateException("the filter chain is built before each test");
            }
            return mvc.perform(request);
        }
    }
}
