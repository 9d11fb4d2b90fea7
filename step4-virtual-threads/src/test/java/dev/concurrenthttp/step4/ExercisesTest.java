package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.exercises.ExercisesContract;

class ExercisesTest extends ExercisesContract {
}
