package org.itqan.quran.content;

public enum ResourceType {
    TRANSLATION("translation", "translations"),
    TAFSIR("tafsir", "tafsirs");

    private final String apiName;
    private final String plural;

    ResourceType(String apiName, String plural) {
        this.apiName = apiName;
        this.plural = plural;
    }

    public String apiName() {
        return apiName;
    }

    public String plural() {
        return plural;
    }

    public static ResourceType ofApiName(String name) {
        for (var type : values()) {
            if (type.apiName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown resource type " + name);
    }
}
