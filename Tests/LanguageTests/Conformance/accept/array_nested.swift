var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0][1] += 2
print(grid)
let words = [["a", "b"], ["c"]]
print(words)
