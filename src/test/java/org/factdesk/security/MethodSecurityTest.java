package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.article.ArticleService;
import org.factdesk.desk.DeskSettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

/** Proves that @PreAuthorize is enforced: services refuse callers who are not signed in. */
@SpringBootTest
@Transactional
class MethodSecurityTest {

    @Autowired
    ArticleService articles;
    @Autowired
    UserService users;
    @Autowired
    DeskSettingsService settings;

    @Test
    void the_services_are_proxied_for_method_security() {
        assertThat(AopUtils.isAopProxy(articles)).isTrue();
        assertThat(AopUtils.isAopProxy(users)).isTrue();
        assertThat(AopUtils.isAopProxy(settings)).isTrue();
    }

    @Test
    void without_authentication_every_guarded_service_refuses() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        assertThatThrownBy(() -> articles.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.find(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.displayName("admin"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> settings.get()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_denied() {
        assertThatThrownBy(() -> articles.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.preferredLocale("admin")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.get()).isInstanceOf(AccessDeniedException.class);
    }
}
