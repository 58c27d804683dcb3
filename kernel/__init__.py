"""The kernel every layer may import: records, errors and the loaded config.

It imports nothing else of Communiqué. Layers, lowest first:
kernel → extract → store → publish → runs → flows → communique (the CLI).
"""
