package io.comptoir.app.training;

import io.comptoir.training.api.Course;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.TrainingModule;

import java.util.List;

/**
 * A module's page.
 *
 * @param others the course's other modules, which may be its prerequisites
 * @param previewHtml the content rendered by the plugin's safe Markdown: raw HTML escaped, unsafe links emptied
 */
public record ModuleAdminView(TrainingFrame frame, Course course, TrainingModule module, List<TrainingModule> others, FormValues form,
                         String previewHtml) {
    public ModuleAdminView {
        others = List.copyOf(others);
    }

    static FormValues values(TrainingModule module) {
        return FormValues.builder().put("title", module.title()).put("summary", module.summary()).put("content", module.content())
                .put("minutes", module.minutes()).put("position", module.position())
                .putAll("prerequisites", module.prerequisites().stream().map(ModuleId::value).map(String::valueOf).toList())
                .put("questions", QuizText.format(module.quiz()))
                .put("passMark", module.quiz().map(quiz -> String.valueOf(quiz.passMark())).orElse("80")).build();
    }

    /**
     * The preview's headings moved under the page's own (h1 and h2 become h3, the others one level down) (the page keeps a single h1 and an
     * unbroken outline). Raw HTML in the Markdown is escaped by the plugin, so every tag here is the renderer's.
     */
    public String previewOutline() {
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(/?)h([1-6])([ >])").matcher(previewHtml);
        StringBuilder out = new StringBuilder();
        while (tags.find()) {
            int level = Math.min(6, Math.max(3, Integer.parseInt(tags.group(2)) + 1));
            tags.appendReplacement(out, "<" + tags.group(1) + "h" + level + tags.group(3));
        }
        tags.appendTail(out);
        return out.toString();
    }

    public String action() {
        return TrainingAdminPaths.module(module.id().value());
    }

    public String deleteAction() {
        return action() + "/suppression";
    }

    public String courseUrl() {
        return TrainingAdminPaths.course(course.id().value());
    }
}
