package org.itqan.quran.accounts;

import java.util.UUID;

public record AccountRoleChanged(UUID account, Role from, Role to, String changedBy) {
}
