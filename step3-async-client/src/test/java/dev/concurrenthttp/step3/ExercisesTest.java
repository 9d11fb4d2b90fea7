package dev.concurrenthttp.step3;

import dev.concurrenthttp.contract.exercises.ExercisesContract;

class ExercisesTest extends ExercisesContract {
}
