package io.comptoir.training.course;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The prerequisite edges of a course's modules (module → the modules it needs first), checked for cycles. */
final class PrerequisiteGraph {
    private final Map<Long, Set<Long>> needs = new HashMap<>();

    public PrerequisiteGraph(List<PrerequisiteRow> edges) {
        edges.forEach(edge -> needs.computeIfAbsent(edge.moduleId(), k -> new TreeSet<>()).add(edge.prerequisiteId()));
    }

    /** Replaces what one module needs. */
    public void set(long module, Set<Long> prerequisites) {
        needs.put(module, new TreeSet<>(prerequisites));
    }

    /** A cycle, as the modules along it with the first repeated at the end, if there is one. */
    public Optional<List<Long>> cycle() {
        Set<Long> done = new HashSet<>();
        for (Long start : new TreeSet<>(needs.keySet())) {
            List<Long> path = new ArrayList<>();
            Optional<List<Long>> found = visit(start, path, new HashSet<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<Long>> visit(Long module, List<Long> path, Set<Long> onPath, Set<Long> done) {
        if (onPath.contains(module)) {
            List<Long> cycle = new ArrayList<>(path.subList(path.indexOf(module), path.size()));
            cycle.add(module);
            return Optional.of(cycle);
        }
        if (done.contains(module)) {
            return Optional.empty();
        }
        path.add(module);
        onPath.add(module);
        for (Long next : needs.getOrDefault(module, Collections.emptySet())) {
            Optional<List<Long>> found = visit(next, path, onPath, done);
            if (found.isPresent()) {
                return found;
            }
        }
        onPath.remove(module);
        path.remove(path.size() - 1);
        done.add(module);
        return Optional.empty();
    }
}
