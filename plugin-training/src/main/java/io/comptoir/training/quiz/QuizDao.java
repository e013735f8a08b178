package io.comptoir.training.quiz;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@RegisterConstructorMapper(QuestionRow.class)
@RegisterConstructorMapper(ChoiceRow.class)
public interface QuizDao {

    @SqlQuery("SELECT id, module_id, position, prompt FROM training_quiz_question WHERE module_id = ANY(:ids) ORDER BY module_id, position")
    List<QuestionRow> questionsOf(@Bind("ids") Collection<Long> moduleIds);

    @SqlQuery("SELECT id, question_id, position, label, correct FROM training_quiz_choice WHERE question_id = ANY(:ids) ORDER BY question_id, position")
    List<ChoiceRow> choicesOf(@Bind("ids") Collection<Long> questionIds);

    @SqlUpdate("DELETE FROM training_quiz_choice WHERE question_id IN (SELECT id FROM training_quiz_question WHERE module_id = :moduleId)")
    void deleteChoices(@Bind("moduleId") long moduleId);

    @SqlUpdate("DELETE FROM training_quiz_question WHERE module_id = :moduleId")
    void deleteQuestions(@Bind("moduleId") long moduleId);

    @SqlUpdate("INSERT INTO training_quiz_question (module_id, position, prompt) VALUES (:moduleId, :position, :prompt)")
    @GetGeneratedKeys("id")
    long insertQuestion(@Bind("moduleId") long moduleId, @Bind("position") int position, @Bind("prompt") String prompt);

    @SqlUpdate("INSERT INTO training_quiz_choice (question_id, position, label, correct) VALUES (:questionId, :position, :label, :correct)")
    void insertChoice(@Bind("questionId") long questionId, @Bind("position") int position, @Bind("label") String label,
                      @Bind("correct") boolean correct);

    @SqlUpdate("""
            INSERT INTO training_quiz_attempt (module_id, account_id, merchant_id, correct, total, passed, attempted_at)
            VALUES (:moduleId, :accountId, :merchantId, :correct, :total, :passed, :now)""")
    void insertAttempt(@Bind("moduleId") long moduleId, @Bind("accountId") long accountId, @Bind("merchantId") long merchantId,
                       @Bind("correct") int correct, @Bind("total") int total, @Bind("passed") boolean passed,
                       @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM training_quiz_attempt WHERE module_id = :moduleId AND account_id = :accountId AND merchant_id = :merchantId")
    int attempts(@Bind("moduleId") long moduleId, @Bind("accountId") long accountId, @Bind("merchantId") long merchantId);
}
