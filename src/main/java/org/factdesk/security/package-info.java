/** Users, roles, sign-in and method security: who may do what in FactDesk. */
@NullMarked
package org.factdesk.security;

import org.jspecify.annotations.NullMarked;
