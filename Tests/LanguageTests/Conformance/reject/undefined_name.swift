let learningRate = 0.1
print(learningRat)
