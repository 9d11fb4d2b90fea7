package dev.concurrenthttp.step1;

import dev.concurrenthttp.contract.exercises.ExercisesContract;

class ExercisesTest extends ExercisesContract {
}
