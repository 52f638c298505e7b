#pragma once

// Two questions found similar (SimilarityFinder), by their index in its input.
struct SimilarPair
{
    int a = 0; // a < b
    int b = 0;
    double score = 0;
};
