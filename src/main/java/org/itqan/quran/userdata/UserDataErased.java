package org.itqan.quran.userdata;

import java.util.UUID;

/** All data of a deleted account was erased (khatm memberships anonymised). */
public record UserDataErased(UUID account) {
}
