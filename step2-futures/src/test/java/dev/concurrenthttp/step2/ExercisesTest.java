package dev.concurrenthttp.step2;

import dev.concurrenthttp.contract.exercises.ExercisesContract;

class ExercisesTest extends ExercisesContract {
}
