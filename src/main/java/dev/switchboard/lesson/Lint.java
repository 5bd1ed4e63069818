package dev.switchboard.lesson;

import dev.switchboard.sim.Simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar switchboard.jar lint lessons/}: checks every lesson as the site would load it, then runs every
 * checkpoint and exercise and checks their goals. Prints each problem as {@code file:line: message}; the exit code
 * is 0 when there is none, 1 otherwise, so a teacher's CI can use it.
 */
public final class Lint {

    private Lint() {
    }

    public static int run(Path root, PrintStream out) {
        if (!Files.isDirectory(root)) {
            out.println(root + ":1: no such folder");
            return 1;
        }
        LibraryLoader loader = new LibraryLoader();
        Library library = loader.load(root);
        List<String> problems = new ArrayList<>(loader.problems());
        library.lessons().forEach(lesson -> problems.addAll(goalProblems(root.resolve(lesson.slug()), lesson)));
        if (library.lessons().isEmpty() && problems.isEmpty()) {
            problems.add(root + ":1: no lesson here (a lesson is a folder with a lesson.md)");
        }

        problems.forEach(out::println);
        out.println(library.lessons().size() + " lessons checked, " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
        return problems.isEmpty() ? 0 : 1;
    }

    /** Each goal that does not hold is reported at its own entry in the file, so the author lands on it. */
    private static List<String> goalProblems(Path folder, Lesson lesson) {
        List<String> problems = new ArrayList<>();
        Path checkpointsFile = folder.resolve("checkpoints.json");
        JsonLines checkpointLines = linesOf(checkpointsFile);
        List<Checkpoint> checkpoints = lesson.checkpoints();
        for (int index = 0; index < checkpoints.size(); index++) {
            Checkpoint checkpoint = checkpoints.get(index);
            List<GoalResult> results = GoalEvaluator.evaluate(checkpoint.expect(), checkpoint.design(),
                    Simulator.run(checkpoint.design(), 0));
            for (int goal = 0; goal < results.size(); goal++) {
                GoalResult result = results.get(goal);
                if (!result.met()) {
                    problems.add(checkpointsFile + ":" + checkpointLines.lineOf(
                            "checkpoints[" + index + "].expect[" + goal + "]") + ": checkpoint '" + checkpoint.id()
                            + "': expected '" + result.text() + "' but " + result.reason());
                }
            }
        }
        Exercise exercise = lesson.exercise();
        if (exercise != null) {
            Path file = folder.resolve("exercise.json");
            JsonLines lines = linesOf(file);
            List<GoalResult> results = GoalEvaluator.evaluate(exercise.goals(), exercise.solution(),
                    Simulator.run(exercise.solution(), 0));
            for (int goal = 0; goal < results.size(); goal++) {
                GoalResult result = results.get(goal);
                if (!result.met()) {
                    problems.add(file + ":" + lines.lineOf("goals[" + goal + "]") + ": the solution misses '"
                            + result.text() + "': " + result.reason());
                }
            }
            if (GoalEvaluator.allMet(GoalEvaluator.evaluate(exercise.goals(), exercise.start(),
                    Simulator.run(exercise.start(), 0)))) {
                problems.add(file + ":" + lines.lineOf("start") + ": the start design already meets every goal;"
                        + " the learner has nothing to do");
            }
        }
        return problems;
    }

    /** Where each field of a JSON file starts; a file that cannot be read gives line 1 for everything. */
    private static JsonLines linesOf(Path file) {
        try {
            return new JsonLines(Files.exists(file) ? Files.readString(file) : "");
        } catch (IOException e) {
            return new JsonLines("");
        }
    }
}
