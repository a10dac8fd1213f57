package org.itqan.quran.accounts;

/** What an account may do beyond its own data: EDITOR proposes and approves corrections, ADMIN administers. */
public enum Role {
    USER, EDITOR, ADMIN
}
