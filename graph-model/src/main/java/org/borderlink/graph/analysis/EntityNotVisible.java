package org.borderlink.graph.analysis;

/**
 * No entity with this id is visible to the viewer: it does not exist, or every fact about it is hidden from them.
 * The two cases are deliberately one, so an answer never tells whether a hidden entity exists.
 */
public final class EntityNotVisible extends RuntimeException {

    private final String id;

    public EntityNotVisible(String id) {
        super("no visible entity has the id " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
