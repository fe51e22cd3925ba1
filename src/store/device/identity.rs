//! `device.json`: `{"id":"<10 hex>","name":"<host name>"}`, created once per machine.
//! The id is 40 random bits from the kernel, never 0 (0 is the origin writer's
//! device). A racing creator reads the winner's file; a damaged file is an error,
//! never silently replaced (a new id would be a new device, and its old writers
//! orphans).

use super::error::DeviceError;
use super::file;
use super::name::{host_name, validate_name};
use crate::session::DeviceId;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;

pub const DEVICE_FILE: &str = "device.json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: DeviceId,
    pub name: String,
}

#[derive(Serialize, Deserialize)]
struct DeviceFile {
    id: String,
    name: String,
}

impl Device {
    fn to_json(&self) -> std::io::Result<Vec<u8>> {
        let file = DeviceFile {
            id: self.id.to_string(),
            name: self.name.clone(),
        };
        let mut bytes = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    fn parse(bytes: &[u8]) -> Result<Device, BadDeviceFile> {
        let file: DeviceFile = serde_json::from_slice(bytes)?;
        let id = (file.id.len() == 10 && file.id.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u64::from_str_radix(&file.id, 16).ok())
            .flatten()
            .filter(|id| *id != 0)
            .ok_or_else(|| BadDeviceFile::Id(file.id.clone()))?;
        let name = validate_name(&file.name)?;
        Ok(Device {
            id: DeviceId(id),
            name,
        })
    }
}

/// Why a `device.json` is not a device's identity.
#[derive(Debug, thiserror::Error)]
enum BadDeviceFile {
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("\"id\" {0:?} is not 10 hex digits other than 0")]
    Id(String),
    #[error(transparent)]
    Name(#[from] super::name::NameError),
}

/// This machine's device, made on first use.
pub fn load_or_create(state_dir: &Path) -> Result<Device, DeviceError> {
    file::create_dir(state_dir).map_err(DeviceError::io(state_dir))?;
    if let Some(device) = read(state_dir)? {
        return Ok(device);
    }
    let device = Device {
        id: random_device_id().map_err(DeviceError::io(Path::new("/dev/urandom")))?,
        name: host_name(),
    };
    let path = state_dir.join(DEVICE_FILE);
    let ours = device
        .to_json()
        .and_then(|bytes| file::publish_new(state_dir, DEVICE_FILE, &bytes))
        .map_err(DeviceError::io(&path))?;
    if ours {
        return Ok(device);
    }
    // Another process made it a moment ago: its id is the device's.
    read(state_dir)?.ok_or_else(|| DeviceError::Damaged {
        path,
        reason: "it vanished while it was created".to_string(),
    })
}

/// Gives the device a new name; its id stays.
pub fn set_name(state_dir: &Path, name: &str) -> Result<Device, DeviceError> {
    let name = validate_name(name)?;
    let device = Device {
        name,
        ..load_or_create(state_dir)?
    };
    device
        .to_json()
        .and_then(|bytes| file::replace(state_dir, DEVICE_FILE, &bytes))
        .map_err(DeviceError::io(&state_dir.join(DEVICE_FILE)))?;
    Ok(device)
}

/// The device file, or None when there is none yet.
fn read(state_dir: &Path) -> Result<Option<Device>, DeviceError> {
    let path = state_dir.join(DEVICE_FILE);
    let bytes = match file::read_small(state_dir, DEVICE_FILE) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e)
            if crate::store::openat::is_refusal(&e)
                || e.kind() == std::io::ErrorKind::InvalidData =>
        {
            return Err(DeviceError::Damaged {
                path,
                reason: e.to_string(),
            });
        }
        Err(e) => return Err(DeviceError::Io { path, source: e }),
    };
    Device::parse(&bytes)
        .map(Some)
        .map_err(|bad| DeviceError::Damaged {
            path,
            reason: bad.to_string(),
        })
}

/// 40 random bits, not 0, read from the kernel's generator.
fn random_device_id() -> std::io::Result<DeviceId> {
    let mut source = std::fs::File::open("/dev/urandom")?;
    loop {
        let mut bytes = [0u8; 8];
        source.read_exact(&mut bytes[..5])?;
        let id = u64::from_le_bytes(bytes) & DeviceId::MAX;
        if id != 0 {
            return Ok(DeviceId(id));
        }
    }
}
