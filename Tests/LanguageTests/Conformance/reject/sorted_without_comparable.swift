struct P { var x: Int }
print([P(x: 1)].sorted())
