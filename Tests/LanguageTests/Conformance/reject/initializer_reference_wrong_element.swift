struct V { var x: Double }
print([V(x: 1)].map(V.init).count)
print([V(x: 1)].map(V.init)[0].x)
