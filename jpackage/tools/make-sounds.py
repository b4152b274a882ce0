"""Writes assets/sounds/paid.wav (a rising two-tone chime) and failed.wav (a low double buzz):
16-bit PCM, mono, 44.1 kHz, with short fades so they never click."""
import math
import os
import struct
import wave

RATE = 44100
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "assets", "sounds")


def tone(freq, seconds, volume, harmonics=(1.0,), fade=0.02):
    n = int(RATE * seconds)
    samples = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, t / fade, (seconds - t) / fade) * math.exp(-3.0 * t / seconds)
        value = sum(a * math.sin(2 * math.pi * freq * (k + 1) * t) for k, a in enumerate(harmonics))
        samples.append(volume * envelope * value / sum(harmonics))
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    with wave.open(os.path.join(OUT, name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


os.makedirs(OUT, exist_ok=True)
write("paid.wav", tone(880, 0.16, 0.6, (1.0, 0.3)) + tone(1318.5, 0.26, 0.6, (1.0, 0.3)))
write("failed.wav", tone(196, 0.15, 0.55, (1.0, 0.6, 0.4)) + silence(0.07) + tone(196, 0.2, 0.55, (1.0, 0.6, 0.4)))
